package org.liaison.web.shared;

import java.io.Serializable;
import java.util.function.Supplier;
import org.liaison.platform.RecordNotFound;
import org.omnifaces.util.Faces;

/**
 * The record a view-scoped page shows, kept out of the session: the session is written after every request and read
 * back on another node after a fail-over, and an entity with its lazy holders costs kilobytes there. The page keeps
 * the id and the version the person saw; this holds the record itself for as long as the view lives on this node, and
 * reads it again the first time it is asked for on another one. A record gone or out of scope by then shows the
 * not-found page, as opening it would.
 *
 * @param <T> the record
 */
public final class ReadOncePerNode<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient T record;
    /** False again once the session was read back on another node. */
    private transient boolean read;

    /** The record: as last read here, or read now with {@code reader} (null, with the 404 on its way, when gone). */
    public T get(Supplier<T> reader) {
        if (!read) {
            read = true;
            try {
                record = reader.get();
            } catch (RecordNotFound e) {
                Faces.responseSendError(404, "Not found");
            }
        }
        return record;
    }

    /** Keeps a record the page has just read (on opening, after a change). */
    public T keep(T justRead) {
        record = justRead;
        read = true;
        return justRead;
    }
}
