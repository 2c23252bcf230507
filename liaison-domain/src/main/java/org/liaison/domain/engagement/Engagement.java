package org.liaison.domain.engagement;

import jakarta.persistence.Column;
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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.PlainText;

/**
 * A touchpoint between a facility and an agency: a call, a visit, a meeting, a community event, an exercise. Any
 * engagement on or before today resets the relationship's cadence clock; one dated later is a planned engagement.
 */
@Entity
@Table(name = "engagement")
public class Engagement extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{engagement.facility.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @NotNull(message = "{engagement.agency.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @NotNull(message = "{engagement.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private EngagementKind kind;

    @NotNull(message = "{engagement.date.required}")
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @PlainText
    @NotBlank(message = "{engagement.summary.required}")
    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "engagement_contact", joinColumns = @JoinColumn(name = "engagement_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    private Set<Contact> contacts = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "engagement_staff", joinColumns = @JoinColumn(name = "engagement_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> staff = new HashSet<>();

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    public Engagement() {
    }

    public Engagement(Facility facility, Agency agency, EngagementKind kind, LocalDate occurredOn, String summary) {
        this.facility = facility;
        this.agency = agency;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.summary = summary;
    }

    public void recorded(String by, LocalDateTime at) {
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Corrects what was recorded (a wrong date, kind or summary); who recorded it and when stays. */
    public void correct(EngagementKind newKind, LocalDate newOccurredOn, String newSummary) {
        this.kind = newKind;
        this.occurredOn = newOccurredOn;
        this.summary = newSummary;
    }

    public boolean isPlanned(LocalDate today) {
        return occurredOn.isAfter(today);
    }

    @Override
    public String auditType() {
        return "Engagement";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("facility", facility == null ? null : facility.getId())
                .with("agency", agency == null ? null : agency.getId()).with("kind", kind)
                .with("occurredOn", occurredOn).with("summary", summary)
                .with("contacts", contacts.stream().map(Contact::getId).collect(Collectors.toCollection(TreeSet::new)))
                .with("staff", staff.stream().map(UserAccount::getId).collect(Collectors.toCollection(TreeSet::new)))
                .build();
    }

    public Facility getFacility() { return facility; }
    public void setFacility(Facility facility) { this.facility = facility; }
    public Agency getAgency() { return agency; }
    public void setAgency(Agency agency) { this.agency = agency; }
    public EngagementKind getKind() { return kind; }
    public void setKind(EngagementKind kind) { this.kind = kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Set<Contact> getContacts() { return contacts; }
    public Set<UserAccount> getStaff() { return staff; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
