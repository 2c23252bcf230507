package org.liaison.domain.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the entities this JVM has written (every entity's listener, through {@link BaseEntity}), so that figures
 * kept to spare the database (the home page's) are counted again after any change to what they count. Writing a
 * {@link Bookkeeping} record (an audit entry, a notification …) is not such a change. A hint for caches only, and so a
 * plain counter per JVM: a change on another node of a cluster, a rolled-back write or a bulk update is not seen
 * exactly, and such caches must also expire on their own.
 */
public final class DataChanges {

    private static final AtomicLong WRITES = new AtomicLong();

    /** How many entity writes this JVM has seen. */
    public static long count() {
        return WRITES.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (!(entity instanceof Bookkeeping)) {
            WRITES.incrementAndGet();
        }
    }
}
