package org.liaison.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Answers a page's upload that the container cannot take (beyond the Faces servlet's multipart limits in
 * {@code web.xml}). Files up to those limits reach the page's own check, which answers beside the file field. A larger
 * one made Faces fail while reading the form, and the officer met the error page. Here the form is read first: when
 * it is too large, the browser goes back to the page the form is on, which says why (the layout shows
 * {@code upload=too-large}), and nothing is saved. A multipart body that cannot be read at all answers 400.
 */
@WebFilter(servletNames = "Faces Servlet", asyncSupported = true)
public class OversizedUploadFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The query parameter the layout reads to say that the chosen file was too large. */
    static final String MARK = "upload=too-large";
    /** The Faces servlet's {@code max-file-size} in {@code web.xml}. */
    private static final long LARGEST_FILE = 12L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMultipartPost(request)) {
            try {
                request.getParts(); // read once here; Faces gets the same parts from the request afterwards
            } catch (IllegalStateException | IOException | ServletException refused) {
                if (isOverLimit(request, refused)) {
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", backTo(request));
                } else {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipartPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * Whether the container refused the body for its size. A body longer than the largest file it takes cannot have
     * been refused for anything else that matters to the officer. Without a length (a chunked body), Payara's reason
     * tells: a part over its limit is an IllegalStateException caused by its file-upload SizeException.
     */
    private static boolean isOverLimit(HttpServletRequest request, Exception refused) {
        if (request.getContentLengthLong() > LARGEST_FILE) {
            return true;
        }
        for (Throwable t = refused; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("Size")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page the form was on: the address it posted to, which carries the record's id (the upload forms include
     * their page's view parameters in their action), marked for the layout.
     */
    static String backTo(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : withoutMark(request.getQueryString());
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + MARK;
    }

    private static String withoutMark(String query) {
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.equals(MARK)) {
                kept.append(kept.length() == 0 ? "" : "&").append(pair);
            }
        }
        return kept.toString();
    }
}
