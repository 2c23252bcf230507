package org.liaison.domain.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.PlainText;

/**
 * An MOU, MOA, mutual-aid or data-sharing agreement between facilities and agencies. Its lifecycle moves only through
 * the methods below, each of which refuses a move that the lifecycle does not allow.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @SingleLine
    @NotBlank(message = "{agreement.title.required}")
    @Size(max = 160, message = "{text.tooLong}")
    @Column(name = "title", nullable = false, length = 160)
    private String title;

    @NotNull(message = "{agreement.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type", nullable = false, length = 24)
    private AgreementType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "agreement_facility", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "facility_id"))
    private Set<Facility> facilities = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "agreement_agency", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new HashSet<>();

    @NotNull(message = "{agreement.effectiveOn.required}")
    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @NotNull(message = "{agreement.expiresOn.required}")
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Min(value = 0, message = "{agreement.noticeDays.invalid}")
    @Max(value = 365, message = "{agreement.noticeDays.invalid}")
    @Column(name = "notice_days", nullable = false)
    private int noticeDays = 90;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_clause", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "clause", length = 40, nullable = false)
    private Set<ClauseTag> clauses = EnumSet.noneOf(ClauseTag.class);

    @PlainText
    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "summary", length = 2000)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @PlainText
    @Size(max = 500, message = "{text.tooLong}")
    @Column(name = "termination_reason", length = 500)
    private String terminationReason;

    public Agreement() {
    }

    public Agreement(String title, AgreementType type, LocalDate effectiveOn, LocalDate expiresOn, int noticeDays) {
        this.title = title;
        this.type = type;
        this.effectiveOn = effectiveOn;
        this.expiresOn = expiresOn;
        this.noticeDays = noticeDays;
    }

    /** The expiry must come after the start; checked on every save. */
    public boolean hasValidPeriod() {
        return effectiveOn == null || expiresOn == null || expiresOn.isAfter(effectiveOn);
    }

    public void submitForReview() {
        require(status == AgreementStatus.DRAFT, "submit for review", "only a draft");
        status = AgreementStatus.IN_REVIEW;
    }

    public void returnToDraft() {
        require(status == AgreementStatus.IN_REVIEW, "return to draft", "only an agreement in review");
        status = AgreementStatus.DRAFT;
    }

    public void sign(LocalDate on) {
        require(status == AgreementStatus.IN_REVIEW, "sign", "only an agreement in review");
        status = AgreementStatus.SIGNED;
        signedOn = on;
    }

    /** A signed agreement comes into force on its effective date. */
    public void activate(LocalDate today) {
        require(status == AgreementStatus.SIGNED, "activate", "only a signed agreement");
        require(!today.isBefore(effectiveOn), "activate", "not before its effective date");
        status = AgreementStatus.ACTIVE;
    }

    /** Extends an agreement in force (or expiring) to a later expiry date. */
    public void renew(LocalDate newExpiresOn) {
        require(AgreementStatus.IN_FORCE.contains(status), "renew", "only an agreement in force");
        require(newExpiresOn != null && newExpiresOn.isAfter(expiresOn), "renew", "only to a later expiry date");
        expiresOn = newExpiresOn;
        status = AgreementStatus.RENEWED;
    }

    public void terminate(String reason) {
        require(!status.isFinal(), "terminate", "not an agreement that already ended");
        require(reason != null && !reason.isBlank(), "terminate", "only with a reason");
        terminationReason = reason;
        status = AgreementStatus.TERMINATED;
    }

    /**
     * What the daily check does: a signed agreement whose date has come becomes active; one in force within its
     * notice window becomes expiring; one past its expiry date becomes expired. Returns true when the status changed,
     * so running the check twice on the same day changes nothing the second time.
     */
    public boolean applyCalendar(LocalDate today) {
        AgreementStatus before = status;
        if (status == AgreementStatus.SIGNED && !today.isBefore(effectiveOn)) {
            status = AgreementStatus.ACTIVE;
        }
        if (AgreementStatus.IN_FORCE.contains(status) && today.isAfter(expiresOn)) {
            status = AgreementStatus.EXPIRED;
        } else if ((status == AgreementStatus.ACTIVE || status == AgreementStatus.RENEWED) && isInNoticeWindow(today)) {
            status = AgreementStatus.EXPIRING;
        }
        return status != before;
    }

    /** Inside the notice window: on or after (expiry − notice days), on or before the expiry date. */
    public boolean isInNoticeWindow(LocalDate today) {
        return !today.isBefore(expiresOn.minusDays(noticeDays)) && !today.isAfter(expiresOn);
    }

    public boolean isInForce() {
        return AgreementStatus.IN_FORCE.contains(status);
    }

    private void require(boolean condition, String move, String rule) {
        if (!condition) {
            throw new DomainRuleViolation("agreement.transition",
                    "Cannot " + move + " an agreement that is " + status.name().toLowerCase().replace('_', ' ')
                            + ": " + rule + ".");
        }
    }

    /** Copies the editable terms from a detached copy; the status moves only through the lifecycle methods. */
    public void updateTermsFrom(Agreement edited) {
        this.title = edited.title;
        this.type = edited.type;
        this.effectiveOn = edited.effectiveOn;
        this.expiresOn = edited.expiresOn;
        this.noticeDays = edited.noticeDays;
        this.clauses = edited.clauses.isEmpty() ? EnumSet.noneOf(ClauseTag.class) : EnumSet.copyOf(edited.clauses);
        this.summary = edited.summary;
    }

    @Override
    public String auditType() {
        return "Agreement";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("title", title).with("type", type).with("status", status)
                .with("facilities", facilities.stream().map(Facility::getId).collect(Collectors.toCollection(TreeSet::new)))
                .with("agencies", agencies.stream().map(Agency::getId).collect(Collectors.toCollection(TreeSet::new)))
                .with("effectiveOn", effectiveOn).with("expiresOn", expiresOn).with("noticeDays", noticeDays)
                .with("clauses", new TreeSet<>(clauses)).with("summary", summary)
                .with("owner", owner == null ? null : owner.getId()).with("signedOn", signedOn)
                .with("terminationReason", terminationReason).build();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public AgreementType getType() { return type; }
    public void setType(AgreementType type) { this.type = type; }
    public AgreementStatus getStatus() { return status; }
    public Set<Facility> getFacilities() { return facilities; }

    /** The ids of the facilities party to it, e.g. for a scope check. */
    public Set<Long> facilityIds() {
        return facilities.stream().map(Facility::getId).collect(java.util.stream.Collectors.toSet());
    }

    public Set<Long> agencyIds() {
        return agencies.stream().map(Agency::getId).collect(java.util.stream.Collectors.toSet());
    }

    public Set<Agency> getAgencies() { return agencies; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public int getNoticeDays() { return noticeDays; }
    public void setNoticeDays(int noticeDays) { this.noticeDays = noticeDays; }
    public Set<ClauseTag> getClauses() { return clauses; }
    public void setClauses(Set<ClauseTag> clauses) { this.clauses = clauses; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public UserAccount getOwner() { return owner; }
    public void setOwner(UserAccount owner) { this.owner = owner; }
    public LocalDate getSignedOn() { return signedOn; }
    public String getTerminationReason() { return terminationReason; }
}
