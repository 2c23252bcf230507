package org.liaison.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.Map;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.StoredFile;

/**
 * One uploaded version of an agreement's signed text (PDF), kept in the database so it survives restarts and is the
 * same on every instance. Versions are numbered and never overwritten.
 */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final long MAX_BYTES = StoredFile.MAX_BYTES;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Embedded
    private StoredFile file;

    public AgreementDocument() {
    }

    /** Accepts only a PDF (by its bytes, not by what the browser claims) within the size limit. */
    public AgreementDocument(Agreement agreement, int versionNumber, String fileName, byte[] content,
            String uploadedBy, LocalDateTime uploadedAt) {
        this.file = StoredFile.accept(fileName, content, Set.of(StoredFile.Type.PDF), "agreement.pdf",
                "document.notPdf", "Only PDF documents can be attached.", uploadedBy, uploadedAt);
        this.agreement = agreement;
        this.versionNumber = versionNumber;
    }

    public Agreement getAgreement() { return agreement; }
    public int getVersionNumber() { return versionNumber; }
    @Override
    public String auditType() {
        return "AgreementDocument";
    }

    /** Which file it was (name, type, size, SHA-256), so the trail can tell one upload from another. */
    @Override
    public Map<String, Object> auditSnapshot() {
        return file.snapshot().with("agreement", agreement == null ? null : agreement.getId()).build();
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
