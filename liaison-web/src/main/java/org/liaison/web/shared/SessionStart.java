package org.liaison.web.shared;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Gives every new session the map Faces keeps its view-scope bookkeeping in, before Faces creates its own: Faces
 * creates one only when the session has none, and this one travels with the session in a fraction of the objects
 * ({@link CompactMap}).
 */
@WebListener
public class SessionStart implements HttpSessionListener {

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setAttribute(StaleViewContexts.VIEW_CONTEXTS, new CompactMap<String, Object>());
    }
}
