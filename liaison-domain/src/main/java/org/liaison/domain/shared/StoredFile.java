package org.liaison.domain.shared;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * An uploaded file kept in the database (so every instance serves the same bytes and a restart loses nothing): its
 * name without any path, its type recognised by its bytes (never by what the sender claims), its size within the
 * limit, its SHA-256, and who uploaded it when. The one mechanism behind agreement documents, bulletin attachments,
 * exercise documents and community-event photos; each owner says which types it accepts.
 */
@Embeddable
public class StoredFile implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Larger uploads are refused (413 over the API). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The file types Liaison accepts anywhere, and the bytes each starts with. */
    public enum Type {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        private final String mediaType;
        private final byte[] magic;

        Type(String mediaType, byte[] magic) {
            this.mediaType = mediaType;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        boolean matches(byte[] content) {
            return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
        }
    }

    /** Photos: what a phone or camera produces and every browser shows. */
    public static final Set<Type> IMAGES = Set.of(Type.PNG, Type.JPEG);
    /** Documents: PDF, and scans or photos of paper. */
    public static final Set<Type> DOCUMENTS = Set.of(Type.PDF, Type.PNG, Type.JPEG);

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 40)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected StoredFile() {
    }

    /**
     * Accepts the bytes when they are not empty, within {@link #MAX_BYTES} and of one of the accepted types.
     *
     * @param fallbackName    the name used when the sender gives none (or only characters that are dropped)
     * @param refusedCode     the message key when the type is not accepted (415 over the API)
     * @param refusedMessage  what the user reads then, naming the accepted types
     */
    public static StoredFile accept(String fileName, byte[] content, Set<Type> accepted, String fallbackName,
            String refusedCode, String refusedMessage, String uploadedBy, LocalDateTime uploadedAt) {
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("document.empty", "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainRuleViolation("document.tooLarge", "The file is larger than 10 MB.");
        }
        Type type = typeOf(content).filter(accepted::contains)
                .orElseThrow(() -> new DomainRuleViolation(refusedCode, refusedMessage));
        StoredFile file = new StoredFile();
        file.fileName = safeName(fileName, fallbackName);
        file.contentType = type.mediaType();
        file.sizeBytes = content.length;
        file.sha256 = sha256(content);
        file.content = content.clone();
        file.uploadedBy = uploadedBy;
        file.uploadedAt = uploadedAt;
        return file;
    }

    /** The type the bytes are, when Liaison knows it. */
    public static Optional<Type> typeOf(byte[] content) {
        return content == null ? Optional.empty()
                : Arrays.stream(Type.values()).filter(t -> t.matches(content)).findFirst();
    }

    /** A file name without any path, and without characters that break a Content-Disposition header. */
    public static String safeName(String name, String fallback) {
        String base = name == null ? fallback : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_");
        if (base.isBlank()) {
            base = fallback;
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** What the audit trail keeps of a file: everything but its bytes. */
    public Snapshot snapshot() {
        return Snapshot.of().with("fileName", fileName).with("contentType", contentType).with("sizeBytes", sizeBytes)
                .with("sha256", sha256).with("uploadedBy", uploadedBy).with("uploadedAt", uploadedAt);
    }

    public boolean isImage() {
        return contentType != null && contentType.startsWith("image/");
    }

    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content == null ? null : content.clone(); }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
