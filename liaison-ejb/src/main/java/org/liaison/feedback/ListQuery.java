package org.liaison.feedback;

import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import org.liaison.security.Scope;

/**
 * The where clause of a feedback list and its parameters, built filter by filter from the visibility condition, then
 * bound to each query that shares it (the page and its count), so both always ask the same question.
 */
final class ListQuery {

    private final StringBuilder where = new StringBuilder(" where ");
    private final Map<String, Object> params = new HashMap<>();

    ListQuery(ReviewVisibility visibility) {
        where.append(visibility.condition(params));
    }

    /** Adds the condition, naming {@code value} as {@code :name}, when the filter has a value; else nothing. */
    ListQuery andEquals(String path, String name, Object value) {
        return value == null ? this : and(path + " = :" + name, name, value);
    }

    /** Adds the condition and its one parameter. */
    ListQuery and(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        params.put(name, value);
        return this;
    }

    /** Adds the condition and its parameters. */
    ListQuery and(String condition, Map<String, Object> values) {
        where.append(" and ").append(condition);
        params.putAll(values);
        return this;
    }

    String where() {
        return where.toString();
    }

    void bind(Scope scope, TypedQuery<?>... queries) {
        for (TypedQuery<?> q : queries) {
            scope.bind(q);
            params.forEach(q::setParameter);
        }
    }
}
