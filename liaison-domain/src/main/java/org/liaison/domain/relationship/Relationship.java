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
import java.util.Map;
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

    @Min(value = 1, message = "{relationship.cadence.invalid}")
    @Max(value = 730, message = "{relationship.cadence.invalid}")
    @Column(name = "cadence_days", nullable = false)
    private int cadenceDays = 90;

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

    public Relationship() {
    }

    public Relationship(Facility facility, Agency agency, RelationshipRole role, int cadenceDays) {
        this.facility = facility;
        this.agency = agency;
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

    public Health health(java.time.LocalDate today, java.time.LocalDate lastEngagement) {
        return Health.of(cadenceDays, lastEngagement == null ? null
                : (int) java.time.temporal.ChronoUnit.DAYS.between(lastEngagement, today));
    }

    public void changeTerms(RelationshipRole newRole, int newCadenceDays, RelationshipStatus newStatus, UserAccount newOwner,
            String newNotes) {
        this.role = newRole;
        this.cadenceDays = newCadenceDays;
        this.status = newStatus;
        this.owner = newOwner;
        this.notes = newNotes;
    }

    @Override
    public String auditType() {
        return "Relationship";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("facility", facility == null ? null : facility.getId())
                .with("agency", agency == null ? null : agency.getId()).with("role", role)
                .with("cadenceDays", cadenceDays).with("status", status).with("notes", notes)
                .with("owner", owner == null ? null : owner.getId())
                .with("primaryContact", primaryContact == null ? null : primaryContact.getId())
                .with("backupContact", backupContact == null ? null : backupContact.getId()).build();
    }

    public Facility getFacility() { return facility; }
    public Agency getAgency() { return agency; }
    public RelationshipRole getRole() { return role; }
    public void setRole(RelationshipRole role) { this.role = role; }
    public int getCadenceDays() { return cadenceDays; }
    public void setCadenceDays(int cadenceDays) { this.cadenceDays = cadenceDays; }
    public RelationshipStatus getStatus() { return status; }
    public void setStatus(RelationshipStatus status) { this.status = status; }
    public String getNotes() { return notes; }
    public UserAccount getOwner() { return owner; }
    public void setOwner(UserAccount owner) { this.owner = owner; }
    public Contact getPrimaryContact() { return primaryContact; }
    public Contact getBackupContact() { return backupContact; }
    public void setNotes(String notes) { this.notes = notes; }
}
