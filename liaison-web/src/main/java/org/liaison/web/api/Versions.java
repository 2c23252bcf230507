package org.liaison.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.liaison.platform.InvalidInput;

/** Versions for optimistic locking over HTTP: a `version` field in the body, or an If-Match header. */
final class Versions {

    private Versions() {
    }

    static long required(Long bodyVersion, String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("If-Match", "The If-Match header must be the ETag from a GET.");
            }
        }
        if (bodyVersion == null) {
            throw InvalidInput.of("version", "Send the version you read (field version or an If-Match header).");
        }
        return bodyVersion;
    }

    static Response.ResponseBuilder tagged(Response.ResponseBuilder builder, long version) {
        return builder.tag(new EntityTag(String.valueOf(version)));
    }
}
