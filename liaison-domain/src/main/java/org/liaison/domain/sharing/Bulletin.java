package org.liaison.domain.sharing;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.Reason;
import org.liaison.domain.shared.RichText;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.Tlp;

/**
 * A piece of information shared with agencies or staff, labelled with TLP 2.0. Its label governs its audience: it
 * refuses to be published to more people than the label allows. Its lifecycle moves only through the methods below.
 */
@Entity
@Table(name = "bulletin")
public class Bulletin extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @SingleLine
    @NotBlank(message = "{bulletin.title.required}")
    @Size(max = 160, message = "{text.tooLong}")
    @Column(name = "title", nullable = false, length = 160)
    private String title;

    @NotBlank(message = "{bulletin.body.required}")
    @Size(max = 20000, message = "{text.tooLong}")
    @Column(name = "body", nullable = false, length = 20000)
    private String body;

    @NotNull(message = "{bulletin.category.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 24)
    private BulletinCategory category;

    @NotNull(message = "{bulletin.tlp.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "tlp", nullable = false, length = 16)
    private Tlp tlp;

    @NotNull(message = "{bulletin.direction.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 12)
    private BulletinDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private BulletinStatus status = BulletinStatus.DRAFT;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "bulletin_facility", joinColumns = @JoinColumn(name = "bulletin_id"),
            inverseJoinColumns = @JoinColumn(name = "facility_id"))
    private Set<Facility> facilities = new HashSet<>();

    /** For an inbound bulletin: the agency that sent it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_agency_id")
    private Agency sourceAgency;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "bulletin_agency", joinColumns = @JoinColumn(name = "bulletin_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> audienceAgencies = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "bulletin_audience_facility", joinColumns = @JoinColumn(name = "bulletin_id"),
            inverseJoinColumns = @JoinColumn(name = "facility_id"))
    private Set<Facility> audienceFacilities = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bulletin_role", joinColumns = @JoinColumn(name = "bulletin_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16, nullable = false)
    private Set<Role> audienceRoles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "bulletin_person", joinColumns = @JoinColumn(name = "bulletin_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> namedPeople = new HashSet<>();

    @Column(name = "audience_everyone", nullable = false)
    private boolean audienceEveryone;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "ack_required", nullable = false)
    private boolean acknowledgementRequired;

    @Column(name = "ack_deadline")
    private LocalDate acknowledgementDeadline;

    @Column(name = "patient_information", nullable = false)
    private boolean patientInformation;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private UserAccount author;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "privacy_approved_by", length = 40)
    private String privacyApprovedBy;

    @PlainText
    @Size(max = 500, message = "{text.tooLong}")
    @Column(name = "withdrawn_reason", length = 500)
    private String withdrawnReason;

    public Bulletin() {
    }

    public Bulletin(UserAccount author, BulletinDirection direction, LocalDateTime at) {
        this.author = author;
        this.direction = direction;
        this.createdAt = at;
        this.status = direction == BulletinDirection.INBOUND ? BulletinStatus.TRIAGE : BulletinStatus.DRAFT;
    }

    /** Sets the content; the body is sanitised here, so nothing unsafe is ever stored. Only before publication. */
    public void write(String newTitle, String newBody, BulletinCategory newCategory, Tlp newTlp, LocalDate newValidUntil,
            boolean ackRequired, LocalDate ackDeadline, boolean carriesPatientInformation) {
        require(status == BulletinStatus.DRAFT || status == BulletinStatus.TRIAGE, "edit",
                "only a draft or an inbound bulletin in triage; publish an update instead");
        setContent(newTitle, newBody, newCategory, newTlp, newValidUntil, ackRequired, ackDeadline);
        this.patientInformation = carriesPatientInformation;
    }

    private void setContent(String newTitle, String newBody, BulletinCategory newCategory, Tlp newTlp,
            LocalDate newValidUntil, boolean ackRequired, LocalDate ackDeadline) {
        if (ackRequired && ackDeadline == null) {
            throw DomainRuleViolation.onField("acknowledgementDeadline", "bulletin.deadline.required",
                    "Give the date by which recipients must acknowledge.");
        }
        if (ackRequired && newValidUntil != null && ackDeadline.isAfter(newValidUntil)) {
            throw DomainRuleViolation.onField("acknowledgementDeadline", "bulletin.deadline.afterValidity",
                    "The acknowledgement deadline falls after the bulletin stops being valid.");
        }
        this.title = newTitle;
        this.body = RichText.sanitize(newBody);
        this.category = newCategory;
        this.tlp = newTlp;
        this.validUntil = newValidUntil;
        this.acknowledgementRequired = ackRequired;
        this.acknowledgementDeadline = ackRequired ? ackDeadline : null;
    }

    /** The facilities the bulletin concerns (staff of these see and manage it). */
    public void concern(Collection<Facility> concerned) {
        if (concerned == null || concerned.isEmpty()) {
            throw DomainRuleViolation.onField("facilityIds", "bulletin.facilities.required",
                    "Name at least one facility the bulletin concerns.");
        }
        facilities.clear();
        facilities.addAll(concerned);
    }

    public void receivedFrom(Agency agency) {
        this.sourceAgency = agency;
    }

    /** Addresses the bulletin; the audience is checked against the label when the bulletin is released. */
    public void address(Collection<Agency> agencies, Collection<Facility> staffFacilities, Collection<Role> roles,
            Collection<UserAccount> people, boolean everyone) {
        audienceAgencies.clear();
        audienceAgencies.addAll(agencies);
        audienceFacilities.clear();
        audienceFacilities.addAll(staffFacilities);
        audienceRoles.clear();
        audienceRoles.addAll(roles);
        namedPeople.clear();
        namedPeople.addAll(people);
        audienceEveryone = everyone;
    }

    public Audience audience() {
        return new Audience(ids(audienceAgencies), audienceFacilities.stream().map(Facility::getId)
                .collect(Collectors.toSet()), audienceRoles, namedPeople.stream()
                .map(p -> new Audience.Person(p.getId(), p.getPartnerAgency() == null ? null
                        : p.getPartnerAgency().getId())).collect(Collectors.toSet()), audienceEveryone);
    }

    private static Set<Long> ids(Set<Agency> agencies) {
        return agencies.stream().map(Agency::getId).collect(Collectors.toSet());
    }

    /** Refuses an audience wider than the label allows, naming the conflict. */
    public void requireAudienceFitsLabel() {
        audience().conflictWith(tlp).ifPresent(conflict -> {
            throw DomainRuleViolation.onField("audience", "bulletin.audience.tooWide", conflict);
        });
    }

    /**
     * Releases a draft: to privacy review when it carries patient information, else published at once (version 1).
     * Returns true when it was published.
     */
    public boolean submit(LocalDateTime at) {
        require(status == BulletinStatus.DRAFT, "publish", "only a draft");
        return release(at);
    }

    /** A manager accepts an inbound bulletin from a partner: it goes on like a draft being released. */
    public boolean acceptFromTriage(LocalDateTime at) {
        require(status == BulletinStatus.TRIAGE, "accept", "only an inbound bulletin in triage");
        return release(at);
    }

    /** A manager declines an inbound bulletin (a duplicate, not for us): it is withdrawn with the reason. */
    public void decline(String reason) {
        require(status == BulletinStatus.TRIAGE, "decline", "only an inbound bulletin in triage");
        withdrawWith(reason);
    }

    private boolean release(LocalDateTime at) {
        requireComplete();
        requireAudienceFitsLabel();
        if (patientInformation) {
            status = BulletinStatus.PRIVACY_REVIEW;
            return false;
        }
        publish(at);
        return true;
    }

    /** The privacy officer's approval of a bulletin carrying patient information: it is published. */
    public void approvePrivacy(String by, LocalDateTime at) {
        require(status == BulletinStatus.PRIVACY_REVIEW, "approve", "only a bulletin in privacy review");
        privacyApprovedBy = by;
        publish(at);
    }

    /** Back to the author from privacy review, e.g. to remove the patient details. */
    public void returnToDraft() {
        require(status == BulletinStatus.PRIVACY_REVIEW, "return to draft", "only a bulletin in privacy review");
        status = BulletinStatus.DRAFT;
    }

    private void publish(LocalDateTime at) {
        status = BulletinStatus.PUBLISHED;
        publishedAt = at;
        versionNumber = 1;
    }

    /**
     * Publishes a new version of a live bulletin; the previous versions are kept by the caller (see
     * {@link BulletinVersion}). The new content must still fit the audience.
     */
    public void revise(String newTitle, String newBody, BulletinCategory newCategory, Tlp newTlp,
            LocalDate newValidUntil, boolean ackRequired, LocalDate ackDeadline) {
        require(status.isLive(), "update", "only a published bulletin");
        setContent(newTitle, newBody, newCategory, newTlp, newValidUntil, ackRequired, ackDeadline);
        requireComplete();
        requireAudienceFitsLabel();
        status = BulletinStatus.UPDATED;
        versionNumber++;
    }

    public void withdraw(String reason) {
        require(status.isLive() || status == BulletinStatus.PRIVACY_REVIEW, "withdraw",
                "only a bulletin in privacy review or published");
        withdrawWith(reason);
    }

    private void withdrawWith(String reason) {
        withdrawnReason = Reason.required(reason, "reason", "bulletin.withdraw.reasonRequired",
                "Give the reason the bulletin is withdrawn.");
        status = BulletinStatus.WITHDRAWN;
    }

    /** The daily check: a live bulletin past its valid-until date expires. True when the status changed. */
    public boolean expireIfPast(LocalDate today) {
        if (status.isLive() && validUntil != null && validUntil.isBefore(today)) {
            status = BulletinStatus.EXPIRED;
            return true;
        }
        return false;
    }

    /** Whether acknowledgements are overdue on this day: required, live, and the deadline has passed. */
    public boolean isPastDeadline(LocalDate today) {
        return acknowledgementRequired && status.isLive() && acknowledgementDeadline != null
                && acknowledgementDeadline.isBefore(today);
    }

    private void requireComplete() {
        if (facilities.isEmpty()) {
            throw DomainRuleViolation.onField("facilityIds", "bulletin.facilities.required",
                    "Name at least one facility the bulletin concerns.");
        }
        if (title == null || title.isBlank()) {
            throw DomainRuleViolation.onField("title", "bulletin.title.required", "Give the bulletin a title.");
        }
        if (body == null || body.isBlank()) {
            throw DomainRuleViolation.onField("body", "bulletin.body.required", "Write what the bulletin says.");
        }
        if (tlp == null) {
            throw DomainRuleViolation.onField("tlp", "bulletin.tlp.required", "Choose a TLP label.");
        }
    }

    private void require(boolean condition, String move, String rule) {
        if (!condition) {
            throw new DomainRuleViolation("bulletin.transition", "Cannot " + move + " a bulletin that is "
                    + status.name().toLowerCase().replace('_', ' ') + ": " + rule + ".");
        }
    }

    /** The staff who may see an unreleased bulletin besides its author: editors of its facilities. */
    public Set<Long> facilityIds() {
        Set<Long> ids = facilities.stream().map(Facility::getId).collect(Collectors.toSet());
        audienceFacilities.forEach(f -> ids.add(f.getId()));
        return ids;
    }

    public Set<Long> audienceAgencyIds() {
        return ids(audienceAgencies);
    }

    @Override
    public String auditType() {
        return "Bulletin";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("title", title).with("category", category).with("tlp", tlp)
                .with("direction", direction).with("status", status).with("versionNumber", versionNumber)
                .with("facilities", new TreeSet<>(facilities.stream().map(Facility::getId).toList()))
                .with("agencies", new TreeSet<>(audienceAgencyIds()))
                .with("audienceFacilities", new TreeSet<>(audienceFacilities.stream().map(Facility::getId).toList()))
                .with("roles", new TreeSet<>(audienceRoles))
                .with("people", new TreeSet<>(namedPeople.stream().map(UserAccount::getId).toList()))
                .with("everyone", audienceEveryone).with("validUntil", validUntil)
                .with("acknowledgementRequired", acknowledgementRequired)
                .with("acknowledgementDeadline", acknowledgementDeadline)
                .with("patientInformation", patientInformation).with("privacyApprovedBy", privacyApprovedBy)
                .with("withdrawnReason", withdrawnReason).build();
    }

    public String getTitle() { return title; }
    public String getBody() { return body; }
    public BulletinCategory getCategory() { return category; }
    public Tlp getTlp() { return tlp; }
    public BulletinDirection getDirection() { return direction; }
    public BulletinStatus getStatus() { return status; }
    public Set<Facility> getFacilities() { return Collections.unmodifiableSet(facilities); }
    public Agency getSourceAgency() { return sourceAgency; }
    public Set<Agency> getAudienceAgencies() { return Collections.unmodifiableSet(audienceAgencies); }
    public Set<Facility> getAudienceFacilities() { return Collections.unmodifiableSet(audienceFacilities); }
    public Set<Role> getAudienceRoles() { return Collections.unmodifiableSet(audienceRoles); }
    public Set<UserAccount> getNamedPeople() { return Collections.unmodifiableSet(namedPeople); }
    public boolean isAudienceEveryone() { return audienceEveryone; }
    public LocalDate getValidUntil() { return validUntil; }
    public boolean isAcknowledgementRequired() { return acknowledgementRequired; }
    public LocalDate getAcknowledgementDeadline() { return acknowledgementDeadline; }
    public boolean isPatientInformation() { return patientInformation; }
    public int getVersionNumber() { return versionNumber; }
    public UserAccount getAuthor() { return author; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public String getPrivacyApprovedBy() { return privacyApprovedBy; }
    public String getWithdrawnReason() { return withdrawnReason; }
}
