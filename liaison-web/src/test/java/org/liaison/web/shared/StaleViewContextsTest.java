package org.liaison.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class StaleViewContextsTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                default -> throw new UnsupportedOperationException(method.getName());
            });

    /** As Mojarra keeps them: the view maps of the last pages, and a context map per page ever opened. */
    private Map<String, Object> pagesKept(String... ids) {
        Map<String, Object> viewMaps = Collections.synchronizedMap(new LinkedHashMap<>());
        for (String id : ids) {
            viewMaps.put(id, new HashMap<>());
        }
        attributes.put(StaleViewContexts.VIEW_MAPS, viewMaps);
        return viewMaps;
    }

    private Map<String, Object> contextsOf(String... ids) {
        Map<String, Object> contexts = new ConcurrentHashMap<>();
        for (String id : ids) {
            contexts.put(id, new ConcurrentHashMap<>());
        }
        attributes.put(StaleViewContexts.VIEW_CONTEXTS, contexts);
        return contexts;
    }

    @Test
    void theContextsOfPagesNoLongerKeptAreDropped() {
        pagesKept("p4", "p5", "p6");
        Map<String, Object> contexts = contextsOf("p1", "p2", "p3", "p4", "p5", "p6");

        StaleViewContexts.trim(session);

        assertEquals(Set.of("p4", "p5", "p6"), new TreeSet<>(contexts.keySet()));
    }

    @Test
    void aSessionWithoutViewScopedPagesIsLeftAlone() {
        StaleViewContexts.trim(session);
        assertNull(attributes.get(StaleViewContexts.VIEW_CONTEXTS));

        Map<String, Object> contexts = contextsOf("p1");
        StaleViewContexts.trim(session);
        assertEquals(Set.of("p1"), contexts.keySet(), "no view maps yet: nothing is known to be stale");
    }
}
