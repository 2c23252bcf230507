package org.liaison.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds audit snapshots in field order, turning nulls into absent values so diffs stay readable. */
public final class Snapshot {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static Snapshot of() {
        return new Snapshot();
    }

    public Snapshot with(String field, Object value) {
        values.put(field, value == null ? null : value.toString());
        return this;
    }

    public Map<String, Object> build() {
        return values;
    }

    private Snapshot() {
    }
}
