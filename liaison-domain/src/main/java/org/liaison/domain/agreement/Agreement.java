package org.liaison.domain.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
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
import org.liaison.domain.shared.Reason;
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

    @Embedded
    private AgreementPeriod period;

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
    /** The owner's id as stored, read with the row: a list shows it without loading each owner's account. */
    @Column(name = "owner_id", insertable = false, updatable = false)
    private Long ownerId;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @PlainText
    @Size(max = 500, message = "{text.tooLong}")
    @Column(name = "termination_reason", length = 500)
    private String terminationReason;

    /** A blank draft for a form to fill in; it cannot be saved before it has a period and its parties. */
    public Agreement() {
    }

    public Agreement(String title, AgreementType type, AgreementPeriod period, int noticeDays) {
        this.title = title;
        this.type = type;
        this.noticeDays = noticeDays;
        reschedule(period);
    }

    /** Sets when the agreement is in force; the period itself holds to its rule (expiry after the start). */
    public void reschedule(AgreementPeriod newPeriod) {
        if (newPeriod == null) {
            throw DomainRuleViolation.onField("effectiveOn", "agreement.effectiveOn.required",
                    "Enter the date the agreement takes effect.");
        }
        this.period = newPeriod;
    }

    /**
     * Names the parties: at least one facility and at least one agency, always. Replaces the previous ones, so
     * changing the parties is one move that cannot leave the agreement without either side.
     */
    public void assignParties(Collection<Facility> newFacilities, Collection<Agency> newAgencies) {
        requireParties(newFacilities, newAgencies);
        facilities.clear();
        facilities.addAll(newFacilities);
        agencies.clear();
        agencies.addAll(newAgencies);
    }

    /** The last guard: whatever path created it, an agreement is stored only with a period and both sides. */
    @PrePersist
    void requireCompleteTerms() {
        reschedule(period);
        requireParties(facilities, agencies);
    }

    private static void requireParties(Collection<Facility> facilities, Collection<Agency> agencies) {
        if (facilities == null || facilities.isEmpty()) {
            throw DomainRuleViolation.onField("facilityIds", "agreement.facilities.required",
                    "Name at least one facility.");
        }
        if (agencies == null || agencies.isEmpty()) {
            throw DomainRuleViolation.onField("agencyIds", "agreement.agencies.required", "Name at least one agency.");
        }
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
        require(period.hasStartedBy(today), "activate", "not before its effective date");
        status = AgreementStatus.ACTIVE;
    }

    /** Extends an agreement in force (or expiring) to a later expiry date. */
    public void renew(LocalDate newExpiresOn) {
        require(AgreementStatus.IN_FORCE.contains(status), "renew", "only an agreement in force");
        period = period.extendTo(newExpiresOn);
        status = AgreementStatus.RENEWED;
    }

    public void terminate(String reason) {
        require(!status.isFinal(), "terminate", "not an agreement that already ended");
        terminationReason = Reason.required(reason, "reason", "agreement.terminate.reasonRequired",
                "Give the reason the agreement ends.");
        status = AgreementStatus.TERMINATED;
    }

    /**
     * What the daily check does: a signed agreement whose date has come becomes active; one in force within its
     * notice window becomes expiring; one past its expiry date becomes expired. Returns true when the status changed,
     * so running the check twice on the same day changes nothing the second time.
     */
    public boolean applyCalendar(LocalDate today) {
        AgreementStatus before = status;
        if (status == AgreementStatus.SIGNED && period.hasStartedBy(today)) {
            status = AgreementStatus.ACTIVE;
        }
        if (AgreementStatus.IN_FORCE.contains(status) && period.hasEndedBy(today)) {
            status = AgreementStatus.EXPIRED;
        } else if ((status == AgreementStatus.ACTIVE || status == AgreementStatus.RENEWED) && isInNoticeWindow(today)) {
            status = AgreementStatus.EXPIRING;
        }
        return status != before;
    }

    /** Inside the notice window: on or after (expiry − notice days), on or before the expiry date. */
    public boolean isInNoticeWindow(LocalDate today) {
        return period.noticeWindowContains(today, noticeDays);
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

    /**
     * Copies the editable terms from a detached copy; the status moves only through the lifecycle methods, the
     * parties through {@link #assignParties}.
     */
    public void updateTermsFrom(Agreement edited) {
        reschedule(edited.period);
        this.title = edited.title;
        this.type = edited.type;
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
                .with("effectiveOn", getEffectiveOn()).with("expiresOn", getExpiresOn()).with("noticeDays", noticeDays)
                .with("clauses", new TreeSet<>(clauses)).with("summary", summary)
                .with("owner", owner == null ? null : owner.getId()).with("signedOn", signedOn)
                .with("terminationReason", terminationReason).build();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public AgreementType getType() { return type; }
    public void setType(AgreementType type) { this.type = type; }
    public AgreementStatus getStatus() { return status; }
    /** Read-only: the parties change through {@link #assignParties}. */
    public Set<Facility> getFacilities() { return Collections.unmodifiableSet(facilities); }

    /** The ids of the facilities party to it, e.g. for a scope check. */
    public Set<Long> facilityIds() {
        return facilities.stream().map(Facility::getId).collect(java.util.stream.Collectors.toSet());
    }

    public Set<Long> agencyIds() {
        return agencies.stream().map(Agency::getId).collect(java.util.stream.Collectors.toSet());
    }

    /** Read-only: the parties change through {@link #assignParties}. */
    public Set<Agency> getAgencies() { return Collections.unmodifiableSet(agencies); }
    public AgreementPeriod getPeriod() { return period; }
    public LocalDate getEffectiveOn() { return period == null ? null : period.effectiveOn(); }
    public LocalDate getExpiresOn() { return period == null ? null : period.expiresOn(); }
    public int getNoticeDays() { return noticeDays; }
    public void setNoticeDays(int noticeDays) { this.noticeDays = noticeDays; }
    public Set<ClauseTag> getClauses() { return clauses; }
    public void setClauses(Set<ClauseTag> clauses) { this.clauses = clauses; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public UserAccount getOwner() { return owner; }
    public Long getOwnerId() { return ownerId; }
    public void setOwner(UserAccount owner) {
        this.owner = owner;
        this.ownerId = owner == null ? null : owner.getId();
    }
    public LocalDate getSignedOn() { return signedOn; }
    public String getTerminationReason() { return terminationReason; }
}
