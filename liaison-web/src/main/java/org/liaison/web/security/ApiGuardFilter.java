package org.liaison.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.liaison.web.api.Problem;

/**
 * Refuses API writes a page on another site could make with the browser's stored Basic credentials (cross-site
 * request forgery). The browser says where a request comes from (Sec-Fetch-Site, Origin): a write from another site
 * answers 403. A write must also say what it sends: a form or plain-text body, which a foreign page can post without
 * asking first, and a blank or garbled Content-Type answer 415 (the resources' {@code @Consumes} refuse the other
 * wrong types). Scripts and the intranet portal's server send no Origin and are not affected.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The content types an HTML form can send without a CORS preflight. */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            if (isCrossSite(request)) {
                Problem.write(response, 403, "Forbidden", "Writes from another site are refused.");
                return;
            }
            if (!isAcceptableContentType(request)) {
                Problem.write(response, 415, "Unsupported media type", "Send JSON (application/json), or text/csv"
                        + " where the endpoint reads CSV, or a PDF where it takes a document.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isAcceptableContentType(HttpServletRequest request) {
        if (request.getHeader("Content-Type") == null) {
            return true; // no body, e.g. POST .../read; the resource refuses a body it needs
        }
        String type = request.getHeader("Content-Type").split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") && !FORM_TYPES.contains(type);
    }

    private static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        try {
            String authority = URI.create(origin.trim()).getRawAuthority();
            return authority == null || !authority.equalsIgnoreCase(request.getHeader("Host"));
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
