package org.liaison.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * How big a signed-in session is when the cluster serializes it (with {@code <distributable/>} Payara does so after
 * every request): one request in {@value #EVERY} writes the session's attributes to a counting stream after the page
 * is done, and each time a session is larger than any before it, the log says so with its largest attributes
 * ({@code event=session.largest bytes=...}). The benchmark reports the largest; the target is under 50 KB.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionSizeSampler extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int EVERY = 25;

    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final AtomicLong LARGEST = new AtomicLong();
    private static final Logger LOG = Logger.getLogger(SessionSizeSampler.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (REQUESTS.incrementAndGet() % EVERY != 0) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && request.getRemoteUser() != null) {
            Map<String, Long> sizes = sizesOf(session);
            long size = sizes.values().stream().mapToLong(Long::longValue).sum();
            if (!sizes.isEmpty() && LARGEST.getAndAccumulate(size, Math::max) < size) {
                LOG.info(() -> "event=session.largest bytes=" + size + " attributes=" + sizes.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                        .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")));
            }
        }
    }

    /** Each attribute's serialized size; empty when one changed under our feet or does not serialize. */
    static Map<String, Long> sizesOf(HttpSession session) {
        Map<String, Long> sizes = new TreeMap<>();
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                Counting counting = new Counting();
                try (ObjectOutputStream out = new ContainerLikeStream(counting)) {
                    out.writeObject(session.getAttribute(name));
                }
                sizes.put(name, counting.bytes);
            }
        } catch (IOException | RuntimeException e) {
            // not serializable (Payara logs that itself) or changed by a concurrent request of the same session
            return Map.of();
        }
        return sizes;
    }

    /**
     * Writes what Payara's own session stream writes. A view-scoped bean holds EJB proxies, which plain Java
     * serialization refuses and Payara writes as a small reference: counted here as their class name. (A plain stream
     * gave up on every session with such a bean, so the samples missed exactly the largest ones.)
     */
    private static final class ContainerLikeStream extends ObjectOutputStream {

        ContainerLikeStream(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            return object instanceof java.io.Serializable ? object : object.getClass().getName();
        }
    }

    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
