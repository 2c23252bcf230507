package org.liaison.platform;

import java.io.Serializable;

/** Which slice of a list to fetch and in which order. Limits are clamped so no caller can ask for everything. */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) implements Serializable {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 25 : Math.min(limit, MAX_LIMIT);
    }

    /** The requested sort field when it is one of the allowed ones (never user text in a query), else the fallback. */
    public String sortFieldOr(java.util.Set<String> allowed, String fallback) {
        return sortField != null && allowed.contains(sortField) ? sortField : fallback;
    }

    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit, null, true);
    }
}
