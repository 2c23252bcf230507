package org.liaison.web.shared;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Gives every new session the map Faces keeps its view-scope bookkeeping in, before Faces creates its own: Faces
 * creates one only when the session has none, and this one travels with the session in a fraction of the objects
 * ({@link CompactMap}).
 */
@WebListener
public class SessionStart implements HttpSessionListener {

    /**
     * Payara also tells its listeners of a session it has read back from the cluster's store (on another node, after a
     * fail-over), with the session's attributes already in it: that session keeps the pages' entries it carried.
     */
    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (session.getAttribute(StaleViewContexts.VIEW_CONTEXTS) == null) {
            session.setAttribute(StaleViewContexts.VIEW_CONTEXTS, new CompactMap<String, Object>());
        }
    }
}
