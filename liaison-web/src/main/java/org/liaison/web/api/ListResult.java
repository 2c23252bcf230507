package org.liaison.web.api;

import java.util.List;
import java.util.function.Function;
import org.liaison.platform.Page;

/** A page of a list as the API answers it: {"items": [...], "total": n}. */
public record ListResult<T>(List<T> items, long total) {

    /** A list that is never paged (a facility's who-to-call cards, an agreement's document versions). */
    public static <T> ListResult<T> all(java.util.List<T> items) {
        return new ListResult<>(items, items.size());
    }

    public static <E, T> ListResult<T> of(Page<E> page, Function<E, T> toView) {
        return new ListResult<>(page.items().stream().map(toView).toList(), page.total());
    }
}
