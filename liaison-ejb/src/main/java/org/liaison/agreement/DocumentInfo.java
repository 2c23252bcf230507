package org.liaison.agreement;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A document version as listed: everything but its bytes. */
public record DocumentInfo(Long id, int versionNumber, String fileName, long sizeBytes, String sha256,
        String uploadedBy, LocalDateTime uploadedAt) implements Serializable {
}
