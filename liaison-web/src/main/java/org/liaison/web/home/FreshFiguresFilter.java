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
 * Forgets this session's kept home figures ({@link HomeFigures}) when the person asks for them to be counted again
 * (the home's link, {@code ?refresh}), before the request is served.
 */
@WebFilter(urlPatterns = "/index", asyncSupported = true)
public class FreshFiguresFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    HomeFigures figures;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && request.getParameter("refresh") != null
                && request.getSession(false) != null) {
            figures.forget();
        }
        chain.doFilter(request, response);
    }
}
