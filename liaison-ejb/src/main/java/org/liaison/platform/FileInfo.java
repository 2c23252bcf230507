package org.liaison.platform;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A stored file without its bytes, as lists show it (exercise documents, event photos).
 *
 * @param caption  what the file shows, for photos; null otherwise
 */
public record FileInfo(Long id, String fileName, String contentType, long sizeBytes, String sha256,
        String uploadedBy, LocalDateTime uploadedAt, String caption) implements Serializable {

    /** A file without a caption (a document). */
    public FileInfo(Long id, String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy,
            LocalDateTime uploadedAt) {
        this(id, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt, null);
    }

    public boolean isImage() {
        return contentType != null && contentType.startsWith("image/");
    }
}
