package org.liaison.domain.sharing;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Map;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.StoredFile;

/**
 * A file attached to a bulletin: a PDF, PNG or JPEG (recognised by its bytes, never by what the sender claims), at most
 * 10 MB. Stored in the database so every instance serves the same file.
 */
@Entity
@Table(name = "bulletin_attachment")
public class BulletinAttachment extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final long MAX_BYTES = StoredFile.MAX_BYTES;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bulletin_id", nullable = false)
    private Bulletin bulletin;

    @Embedded
    private StoredFile file;

    public BulletinAttachment() {
    }

    public BulletinAttachment(Bulletin bulletin, String fileName, byte[] content, String by, LocalDateTime at) {
        this.file = StoredFile.accept(fileName, content, StoredFile.DOCUMENTS, "attachment",
                "attachment.unsupportedType", "Only PDF, PNG and JPEG files can be attached.", by, at);
        this.bulletin = bulletin;
    }

    static String safeName(String name) {
        return StoredFile.safeName(name, "attachment");
    }

    public Bulletin getBulletin() { return bulletin; }
    @Override
    public String auditType() {
        return "BulletinAttachment";
    }

    /** Which file it was (name, type, size, SHA-256), so the trail can tell one upload from another. */
    @Override
    public Map<String, Object> auditSnapshot() {
        return file.snapshot().with("bulletin", bulletin == null ? null : bulletin.getId()).build();
    }

    public StoredFile getFile() { return file; }
    public String getFileName() { return file.getFileName(); }
    public String getContentType() { return file.getContentType(); }
    public long getSizeBytes() { return file.getSizeBytes(); }
    public String getSha256() { return file.getSha256(); }
    public byte[] getContent() { return file.getContent(); }
    public String getUploadedBy() { return file.getUploadedBy(); }
    public LocalDateTime getUploadedAt() { return file.getUploadedAt(); }
}
