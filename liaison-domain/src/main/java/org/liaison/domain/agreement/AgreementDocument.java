package org.liaison.domain.agreement;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;

/**
 * One uploaded version of an agreement's signed text (PDF), kept in the database so it survives restarts and is the
 * same on every instance. Versions are numbered and never overwritten.
 */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

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

    public AgreementDocument() {
    }

    /** Accepts only a PDF (by its bytes, not by what the browser claims) within the size limit. */
    public AgreementDocument(Agreement agreement, int versionNumber, String fileName, byte[] content, String sha256,
            String uploadedBy, LocalDateTime uploadedAt) {
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("document.empty", "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainRuleViolation("document.tooLarge", "The file is larger than 10 MB.");
        }
        if (!isPdf(content)) {
            throw new DomainRuleViolation("document.notPdf", "Only PDF documents can be attached.");
        }
        this.agreement = agreement;
        this.versionNumber = versionNumber;
        this.fileName = safeName(fileName);
        this.contentType = "application/pdf";
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public static boolean isPdf(byte[] content) {
        if (content.length < PDF_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (content[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** A file name without any path, and without characters that break a Content-Disposition header. */
    static String safeName(String name) {
        String base = name == null ? "agreement.pdf" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_");
        if (base.isBlank()) {
            base = "agreement.pdf";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    public Agreement getAgreement() { return agreement; }
    public int getVersionNumber() { return versionNumber; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content == null ? null : content.clone(); }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
