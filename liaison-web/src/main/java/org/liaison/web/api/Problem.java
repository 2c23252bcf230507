package org.liaison.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail; {@code errors} lists invalid fields for a 400. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Response response(int status, String title, String detail) {
        return response(new Problem("about:blank", title, status, detail, null));
    }

    /** 400 with one entry per invalid field. */
    public static Response invalid(java.util.Map<String, String> fieldErrors) {
        List<FieldError> errors = fieldErrors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue()))
                .toList();
        return response(new Problem("about:blank", "Invalid input", 400,
                errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.", errors));
    }

    /**
     * The same answer written before JAX-RS runs (authentication, the API guard), where its mapper cannot. Title and
     * detail are the callers' own constant sentences, never user input, so they need no JSON escaping.
     */
    public static void write(jakarta.servlet.http.HttpServletResponse response, int status, String title,
            String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
        response.flushBuffer();
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
    }
}
