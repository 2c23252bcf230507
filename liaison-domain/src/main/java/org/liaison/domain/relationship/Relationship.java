package org.liaison.domain.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.PlainText;

/**
 * A facility's working relationship with an agency. It is also what scopes agencies: a manager or officer
 * sees the agencies their facilities have a relationship with.
 */
@Entity
@Table(name = "relationship")
public class Relationship extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    /** Contact at least daily, at most every two years. */
    public static final int MIN_CADENCE_DAYS = 1;
    public static final int MAX_CADENCE_DAYS = 730;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @NotNull(message = "{relationship.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private RelationshipRole role = RelationshipRole.SECONDARY;

    @Min(value = MIN_CADENCE_DAYS, message = "{relationship.cadence.invalid}")
    @Max(value = MAX_CADENCE_DAYS, message = "{relationship.cadence.invalid}")
    @Column(name = "cadence_days", nullable = false)
    private int cadenceDays = 90;

    /** The day the relationship started: its cadence clock runs from here until the first engagement. */
    @NotNull
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RelationshipStatus status = RelationshipStatus.ACTIVE;

    @PlainText
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "notes", length = 1000)
    private String notes;

    /** The manager who keeps this relationship current. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    /** The first person an officer calls at this agency for this facility. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "primary_contact_id")
    private Contact primaryContact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "backup_contact_id")
    private Contact backupContact;

    /** For JPA only. */
    protected Relationship() {
    }

    /** A relationship that starts on the given day, so its clock runs from then until the first engagement. */
    public Relationship(Facility facility, Agency agency, RelationshipRole role, int cadenceDays, LocalDate startedOn) {
        requireTerms(role, cadenceDays);
        this.facility = Objects.requireNonNull(facility, "facility");
        this.agency = Objects.requireNonNull(agency, "agency");
        this.startedOn = Objects.requireNonNull(startedOn, "startedOn");
        this.role = role;
        this.cadenceDays = cadenceDays;
    }

    /**
     * Names the direct lines for this relationship. Both must work at the relationship's agency, and they must be
     * two different people.
     */
    public void assignContacts(Contact primary, Contact backup) {
        for (Contact c : new Contact[] {primary, backup}) {
            if (c != null && !c.getAgency().equals(agency)) {
                throw DomainRuleViolation.onField(c == primary ? "primaryContactId" : "backupContactId",
                        "relationship.contact.otherAgency", "This contact does not work at the relationship's agency.");
            }
        }
        if (primary != null && primary.equals(backup)) {
            throw DomainRuleViolation.onField("backupContactId", "relationship.contact.same",
                    "The backup must be someone other than the primary contact.");
        }
        this.primaryContact = primary;
        this.backupContact = backup;
    }

    /** Takes a person who is leaving the directory off this relationship's direct lines; true when they were on one. */
    public boolean release(Contact leaving) {
        boolean named = leaving.equals(primaryContact) || leaving.equals(backupContact);
        if (leaving.equals(primaryContact)) {
            primaryContact = null;
        }
        if (leaving.equals(backupContact)) {
            backupContact = null;
        }
        return named;
    }

    /** Health today, given the last engagement on or before today (null when there has been none). */
    public Health health(LocalDate today, LocalDate lastEngagement) {
        return new CadenceClock(cadenceDays, startedOn, lastEngagement).health(today);
    }

    /** New terms; the role is required and the cadence within 1..730 days, whoever asks. */
    public void changeTerms(RelationshipRole newRole, int newCadenceDays, RelationshipStatus newStatus,
            UserAccount newOwner, String newNotes) {
        requireTerms(newRole, newCadenceDays);
        if (newStatus == null) {
            throw DomainRuleViolation.onField("status", "relationship.status.required",
                    "Choose whether the relationship is active, paused or ended.");
        }
        this.role = newRole;
        this.cadenceDays = newCadenceDays;
        this.status = newStatus;
        this.owner = newOwner;
        this.notes = newNotes;
    }

    /** The manager who keeps it current (null: nobody yet). */
    public void handOverTo(UserAccount newOwner) {
        this.owner = newOwner;
    }

    private static void requireTerms(RelationshipRole role, int cadenceDays) {
        if (role == null) {
            throw DomainRuleViolation.onField("role", "relationship.role.required",
                    "Choose the agency's role for this facility.");
        }
        if (cadenceDays < MIN_CADENCE_DAYS || cadenceDays > MAX_CADENCE_DAYS) {
            throw DomainRuleViolation.onField("cadenceDays", "relationship.cadence.invalid",
                    "The contact cadence must be between " + MIN_CADENCE_DAYS + " and " + MAX_CADENCE_DAYS
                            + " days.");
        }
    }

    @Override
    public String auditType() {
        return "Relationship";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("facility", facility == null ? null : facility.getId())
                .with("agency", agency == null ? null : agency.getId()).with("role", role)
                .with("cadenceDays", cadenceDays).with("startedOn", startedOn).with("status", status)
                .with("notes", notes)
                .with("owner", owner == null ? null : owner.getId())
                .with("primaryContact", primaryContact == null ? null : primaryContact.getId())
                .with("backupContact", backupContact == null ? null : backupContact.getId()).build();
    }

    public Facility getFacility() { return facility; }
    public Agency getAgency() { return agency; }
    public RelationshipRole getRole() { return role; }
    public int getCadenceDays() { return cadenceDays; }
    public LocalDate getStartedOn() { return startedOn; }
    public RelationshipStatus getStatus() { return status; }
    public String getNotes() { return notes; }
    public UserAccount getOwner() { return owner; }
    public Contact getPrimaryContact() { return primaryContact; }
    public Contact getBackupContact() { return backupContact; }
}
