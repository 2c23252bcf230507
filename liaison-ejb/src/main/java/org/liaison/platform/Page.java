package org.liaison.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total the filter matches (counted in the database). */
public record Page<T>(List<T> items, long total) implements Serializable {

    /**
     * Keeps its own copy of the items: a page cut from a longer list ({@code subList}) is a view that does not
     * serialize, and pages live on in view-scoped beans, which a clustered session must serialize.
     */
    public Page {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }
}
