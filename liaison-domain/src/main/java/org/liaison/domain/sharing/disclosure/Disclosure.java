package org.liaison.domain.sharing.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.sharing.Bulletin;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;

/**
 * A disclosure of a patient's information to law enforcement, as HIPAA 45 CFR 164.528 requires it to be accounted
 * for: the patient, the date, the recipient agency and person with address, what was disclosed, why, on which
 * 164.512(f) basis, under which legal document where one applies, and who approved it. It cannot be stored with a
 * required field missing ({@link #missingFields}).
 */
@Entity
@Table(name = "disclosure")
public class Disclosure extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @SingleLine
    @Size(max = 40, message = "{text.tooLong}")
    @Column(name = "mrn", nullable = false, length = 40)
    private String mrn;

    @Column(name = "disclosed_on", nullable = false)
    private LocalDate disclosedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @SingleLine
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "recipient_name", nullable = false, length = 120)
    private String recipientName;

    @PlainText
    @Size(max = 300, message = "{text.tooLong}")
    @Column(name = "recipient_address", nullable = false, length = 300)
    private String recipientAddress;

    @PlainText
    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @PlainText
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "purpose", nullable = false, length = 1000)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", nullable = false, length = 24)
    private DisclosureBasis basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_document", length = 24)
    private LegalDocument legalDocument;

    @SingleLine
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "legal_reference", length = 120)
    private String legalReference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bulletin_id")
    private Bulletin bulletin;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DisclosureStatus status = DisclosureStatus.AWAITING_APPROVAL;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by_id")
    private UserAccount approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    public Disclosure() {
    }

    /** The facts of the disclosure; {@link #missingFields} says what is still missing before it can be saved. */
    public Disclosure(String mrn, LocalDate disclosedOn, String recipientName, String recipientAddress,
            String description, String purpose, DisclosureBasis basis, LegalDocument legalDocument,
            String legalReference) {
        this.mrn = Mrn.normalise(blankToNull(mrn));
        this.disclosedOn = disclosedOn;
        this.recipientName = blankToNull(recipientName);
        this.recipientAddress = blankToNull(recipientAddress);
        this.description = blankToNull(description);
        this.purpose = blankToNull(purpose);
        this.basis = basis;
        this.legalDocument = legalDocument;
        this.legalReference = blankToNull(legalReference);
    }

    public void disclosedBy(Facility from, Agency to) {
        this.facility = from;
        this.agency = to;
    }

    public void partOf(Bulletin sharedIn) {
        this.bulletin = sharedIn;
    }

    public void recorded(String by, LocalDateTime at) {
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /**
     * Every required field that is missing, by its JSON name, with the message to show, in the order of the form. The
     * legal document is required for a disclosure required by law (a court order, warrant, subpoena or request).
     */
    public Map<String, String> missingFields() {
        Map<String, String> missing = new LinkedHashMap<>();
        if (mrn == null) {
            missing.put("mrn", "Enter the patient's medical record number.");
        }
        if (disclosedOn == null) {
            missing.put("disclosedOn", "Enter the date of the disclosure.");
        }
        if (facility == null) {
            missing.put("facilityId", "Choose the facility that disclosed.");
        }
        if (agency == null) {
            missing.put("agencyId", "Choose the agency that received the information.");
        }
        if (recipientName == null) {
            missing.put("recipientName", "Enter the name of the person who received it.");
        }
        if (recipientAddress == null) {
            missing.put("recipientAddress", "Enter the recipient's address.");
        }
        if (description == null) {
            missing.put("description", "Describe the information disclosed.");
        }
        if (purpose == null) {
            missing.put("purpose", "State the purpose of the disclosure.");
        }
        if (basis == null) {
            missing.put("basis", "Choose the 164.512(f) basis.");
        }
        if (basis == DisclosureBasis.REQUIRED_BY_LAW && legalDocument == null) {
            missing.put("legalDocument", "A disclosure required by law names its legal document (court order,"
                    + " warrant, subpoena or request).");
        }
        return missing;
    }

    /** The last guard: whatever path stores it, a disclosure is complete. */
    @PrePersist
    void requireComplete() {
        missingFields().entrySet().stream().findFirst().ifPresent(e -> {
            throw DomainRuleViolation.onField(e.getKey(), "disclosure.incomplete", e.getValue());
        });
    }

    public void approve(UserAccount by, LocalDateTime at) {
        if (status != DisclosureStatus.AWAITING_APPROVAL) {
            throw new DomainRuleViolation("disclosure.approved", "This disclosure is already approved.");
        }
        approvedBy = by;
        approvedAt = at;
        status = DisclosureStatus.APPROVED;
    }

    public String getMaskedMrn() {
        return Mrn.mask(mrn);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String auditType() {
        return "Disclosure";
    }

    /** The trail keeps the masked identifier: the audit log is read by more people than the record. */
    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("mrn", getMaskedMrn()).with("disclosedOn", disclosedOn)
                .with("facility", facility == null ? null : facility.getId())
                .with("agency", agency == null ? null : agency.getId()).with("recipientName", recipientName)
                .with("recipientAddress", recipientAddress).with("description", description).with("purpose", purpose)
                .with("basis", basis).with("legalDocument", legalDocument).with("legalReference", legalReference)
                .with("status", status).with("approvedBy", approvedBy == null ? null : approvedBy.getId()).build();
    }

    public String getMrn() { return mrn; }
    public LocalDate getDisclosedOn() { return disclosedOn; }
    public Facility getFacility() { return facility; }
    public Agency getAgency() { return agency; }
    public String getRecipientName() { return recipientName; }
    public String getRecipientAddress() { return recipientAddress; }
    public String getDescription() { return description; }
    public String getPurpose() { return purpose; }
    public DisclosureBasis getBasis() { return basis; }
    public LegalDocument getLegalDocument() { return legalDocument; }
    public String getLegalReference() { return legalReference; }
    public Bulletin getBulletin() { return bulletin; }
    public DisclosureStatus getStatus() { return status; }
    public UserAccount getApprovedBy() { return approvedBy; }
    public LocalDateTime getApprovedAt() { return approvedAt; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
