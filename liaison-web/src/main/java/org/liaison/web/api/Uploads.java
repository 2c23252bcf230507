package org.liaison.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.liaison.domain.shared.StoredFile;

/** Reading an uploaded body and answering a stored file, the same way for every kind of attachment. */
final class Uploads {

    private Uploads() {
    }

    /** The body's bytes; 413 problem+json past the limit (one byte past it is read, never the whole upload). */
    static byte[] read(InputStream body) throws IOException {
        byte[] content = body.readNBytes((int) StoredFile.MAX_BYTES + 1);
        if (content.length > StoredFile.MAX_BYTES) {
            throw new WebApplicationException(Problem.response(413, "Payload too large",
                    "The file is larger than 10 MB."));
        }
        return content;
    }

    /** The file's bytes with its recognised type; images may be shown inline, anything else downloads. */
    static Response file(StoredFile file, boolean inline) {
        String disposition = (inline && file.isImage() ? "inline" : "attachment") + "; filename=\""
                + file.getFileName() + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.getContent(), file.getContentType()).header("Content-Disposition", disposition)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }
}
