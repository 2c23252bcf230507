package org.liaison.web.shared;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ConcurrentHashMap} that travels with the session as a plain {@link HashMap} of its entries, for the
 * view-scope bookkeeping Faces keeps in every session ({@link SessionStart}).
 * <p>
 * Java writes a {@code ConcurrentHashMap} in its old form: 16 segments, each with a lock, so 34 objects even for a map
 * of one entry. Faces (Mojarra 4.0) keeps one such map per page it remembers inside another one: with five pages
 * kept, about 200 of the 450 objects the cluster wrote after every request, through a stream that asks a container
 * service about each object it writes and reads. As this map, the same bookkeeping is about a dozen objects. A plain
 * {@code ConcurrentHashMap} put into it (Faces creates one per page and reads it back with {@code get}) is stored as a
 * {@code CompactMap} too; everything else behaves as the map it extends.
 */
public class CompactMap<K, V> extends ConcurrentHashMap<K, V> {

    private static final long serialVersionUID = 1L;

    public CompactMap() {
        super();
    }

    private CompactMap(Map<? extends K, ? extends V> entries) {
        super(entries);
    }

    @Override
    public V put(K key, V value) {
        return super.put(key, compacted(value));
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return super.putIfAbsent(key, compacted(value));
    }

    @SuppressWarnings("unchecked")
    private static <V> V compacted(V value) {
        if (value != null && value.getClass() == ConcurrentHashMap.class) {
            return (V) new CompactMap<>((Map<?, ?>) value);
        }
        return value;
    }

    /** What the session stream writes instead of this map. */
    private Object writeReplace() {
        return new Travelling<>(new HashMap<>(this));
    }

    /** The entries as they travel; read back as a {@code CompactMap} again. */
    private record Travelling<K, V>(HashMap<K, V> entries) implements Serializable {

        private Object readResolve() {
            return new CompactMap<>(entries);
        }
    }
}
