package org.liaison.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Drops the view-scope bookkeeping Faces (Mojarra 4.0) keeps for pages it has already forgotten.
 * <p>
 * Mojarra keeps the view-scoped beans of the last few pages a person opened ({@code activeViewMaps}, bounded by
 * {@code com.sun.faces.numberOfActiveViewMaps}) and, beside them, one small map per page ever opened in the session
 * ({@code activeViewContexts}), which it never trims. The cluster serializes the whole session after every request
 * and reads it back before the next, so every page a person had opened made every later request slower: after 70
 * pages, ~28 KB and ~2,400 objects of the session were these maps. After each request, the entries whose page is no
 * longer kept are removed.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StaleViewContexts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                trim(session);
            } catch (IllegalStateException invalidated) {
                // signed out during this request: nothing left to trim
            }
        }
    }

    /**
     * Mojarra creates a page's view map before that page's context entry, and never brings an evicted view map
     * back (their ids are random). So an entry that already existed before the view maps were read, and whose view
     * map is not among them, belongs to a forgotten page, even while another request of this session adds its own.
     */
    static void trim(HttpSession session) {
        if (!(session.getAttribute(VIEW_CONTEXTS) instanceof Map<?, ?> contexts)
                || !(session.getAttribute(VIEW_MAPS) instanceof Map<?, ?> viewMaps)) {
            return;
        }
        Set<Object> stale = new HashSet<>(contexts.keySet());
        Set<Object> kept;
        synchronized (viewMaps) { // a Collections.synchronizedMap: its views are iterated under its lock
            kept = new HashSet<>(viewMaps.keySet());
        }
        stale.removeAll(kept);
        if (!stale.isEmpty()) {
            contexts.keySet().removeAll(stale);
            session.setAttribute(VIEW_CONTEXTS, contexts);
        }
    }
}
