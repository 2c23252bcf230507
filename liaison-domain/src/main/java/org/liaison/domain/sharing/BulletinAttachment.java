package org.liaison.domain.sharing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;

/**
 * A file attached to a bulletin: a PDF, PNG or JPEG (recognised by its bytes, never by what the sender claims), at most
 * 10 MB. Stored in the database so every instance serves the same file.
 */
@Entity
@Table(name = "bulletin_attachment")
public class BulletinAttachment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The accepted types and the bytes each starts with. */
    enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        final String mediaType;
        private final byte[] magic;

        Kind(String mediaType, byte[] magic) {
            this.mediaType = mediaType;
            this.magic = magic;
        }

        boolean matches(byte[] content) {
            return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bulletin_id", nullable = false)
    private Bulletin bulletin;

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

    public BulletinAttachment() {
    }

    public BulletinAttachment(Bulletin bulletin, String fileName, byte[] content, String sha256, String by,
            LocalDateTime at) {
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("document.empty", "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainRuleViolation("document.tooLarge", "The file is larger than 10 MB.");
        }
        this.contentType = mediaTypeOf(content).orElseThrow(() -> new DomainRuleViolation(
                "attachment.unsupportedType", "Only PDF, PNG and JPEG files can be attached."));
        this.bulletin = bulletin;
        this.fileName = safeName(fileName);
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content.clone();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    /** The media type the bytes are, when it is one of the accepted ones. */
    public static Optional<String> mediaTypeOf(byte[] content) {
        return Arrays.stream(Kind.values()).filter(k -> k.matches(content)).map(k -> k.mediaType).findFirst();
    }

    static String safeName(String name) {
        String base = name == null ? "attachment" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_");
        if (base.isBlank()) {
            base = "attachment";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    public Bulletin getBulletin() { return bulletin; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content == null ? null : content.clone(); }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
