package org.liaison.web.home;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Forgets the home page's kept figures ({@link HomeFigures}) when the person may have changed something (any request
 * that is not a GET or HEAD) or asks for them again (the home's "Refresh" link, {@code ?refresh}), before the request
 * is served. Only for a session that exists: a request without one has no figures to forget.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FreshFiguresFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    HomeFigures figures;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if ((!read || request.getParameter("refresh") != null) && request.getSession(false) != null) {
            figures.forget();
        }
        chain.doFilter(request, response);
    }
}
