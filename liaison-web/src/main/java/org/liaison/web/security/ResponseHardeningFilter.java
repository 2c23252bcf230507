package org.liaison.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer, pages and API alike. Pages get a policy that leaves scripts to PrimeFaces'
 * own nonce-based Content-Security-Policy (browsers enforce both headers); the API gets one that allows nothing.
 * No page may be framed, except the widgets under /embed/, which the origins in {@code LIAISON_PORTAL_ORIGINS} (the
 * intranet portal) may frame. With single sign-on, a form may also lead to the hospital's provider (signing out ends
 * the provider's session too).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ResponseHardeningFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static volatile String[] pagePolicies;
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /** The page policy and the widget's, from the portal settings (read once). */
    private static String[] policies() {
        String[] known = pagePolicies;
        if (known == null) {
            PortalSettings settings = PortalSettings.get();
            String page = PAGE_POLICY;
            if (settings.isSingleSignOn() && settings.providerOrigin().isPresent()) {
                page = page.replace("form-action 'self'", "form-action 'self' " + settings.providerOrigin().get());
            }
            String ancestors = settings.portalOrigins().isEmpty() ? "'none'"
                    : String.join(" ", settings.portalOrigins());
            known = new String[] {page, page.replace("frame-ancestors 'none'", "frame-ancestors " + ancestors)};
            pagePolicies = known;
        }
        return known;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        harden(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers. Also called by the authentication mechanism, whose answers (a 401 challenge, a redirect to
     * the login page) are written before any filter runs.
     */
    static void harden(HttpServletRequest request, HttpServletResponse response) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        boolean widget = request.getRequestURI().startsWith(request.getContextPath() + "/embed/");
        String[] policies = policies();
        response.setHeader("Content-Security-Policy", api ? API_POLICY : widget ? policies[1] : policies[0]);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!widget) {
            response.setHeader("X-Frame-Options", "DENY"); // it cannot name origins: a widget relies on the CSP alone
        }
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (api || !request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
