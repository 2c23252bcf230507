package org.liaison.sharing;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An attachment without its bytes. */
public record AttachmentInfo(Long id, String fileName, String contentType, long sizeBytes, String sha256,
        String uploadedBy, LocalDateTime uploadedAt) implements Serializable {
}
