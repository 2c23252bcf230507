package org.liaison.platform;

/**
 * A number a query answers as an object (a count, a sum, an id from a native query): its type depends on the database
 * and the driver, and a sum over no rows is null.
 */
public final class SqlNumbers {

    private SqlNumbers() {
    }

    /** The number as a long; null is 0. */
    public static long longOf(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
