package org.liaison.web.serverroot;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Guards what the server answers outside /liaison. Payara keeps a default web module at the server root for its own
 * /health, /metrics and /openapi endpoints, and answers everything else there with its "Error report" page, which
 * names the server and carries no security headers. Liaison's filters cannot reach that module, so this initializer
 * is put on the server's class path ({@code --addlibs liaison-server-root.jar}, built from this package) and registers
 * a filter in the root module alone: the security headers on every answer, the root address sent on to Liaison, and a
 * neutral error page instead of Payara's.
 *
 * <p>The same class also ships inside the WAR, where it sees the /liaison context and does nothing.
 */
public class ServerRootGuard implements ServletContainerInitializer {

    static final String APPLICATION = "/liaison/";
    static final String POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext context) {
        if (!context.getContextPath().isEmpty()) {
            return;
        }
        context.addFilter("liaisonServerRoot", new RootFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }

    /** Headers first, so that whatever Payara's own endpoints answer carries them. */
    static final class RootFilter extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "no-referrer");
            if ("/".equals(request.getRequestURI())) {
                response.sendRedirect(APPLICATION); // someone typed the host name: the application is one step away
                return;
            }
            chain.doFilter(request, new NeutralErrors(response));
        }
    }

    /** Answers an error itself, with a page that names neither the server nor the request. */
    static final class NeutralErrors extends HttpServletResponseWrapper {

        NeutralErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String ignoredMessage) throws IOException {
            if (isCommitted()) {
                super.sendError(status);
                return;
            }
            resetBuffer();
            setStatus(status);
            setContentType("text/html;charset=UTF-8");
            byte[] page = page(status).getBytes(StandardCharsets.UTF_8);
            setContentLength(page.length);
            getOutputStream().write(page);
            flushBuffer();
        }

        static String page(int status) {
            String title = status == SC_NOT_FOUND ? "Not found" : "Error " + status;
            return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title></head><body><h1>" + title + "</h1><p>Liaison is at <a href=\"" + APPLICATION + "\">"
                    + APPLICATION + "</a>.</p></body></html>";
        }
    }
}
