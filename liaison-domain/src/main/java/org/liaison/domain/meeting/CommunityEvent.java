package org.liaison.domain.meeting;

import jakarta.persistence.Column;
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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
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
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;

/**
 * A community event with law-enforcement participation (National Night Out, coffee with a cop, a safety fair, a
 * youth program). Planned ahead; once it took place it is recorded with staff hours and attendance, and recording it
 * records an engagement with each agency.
 */
@Entity
@Table(name = "community_event")
public class CommunityEvent extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @SingleLine
    @NotBlank(message = "{event.title.required}")
    @Size(max = 160, message = "{text.tooLong}")
    @Column(name = "title", nullable = false, length = 160)
    private String title;

    @NotNull(message = "{event.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private CommunityEventKind kind;

    @NotNull(message = "{meeting.start.required}")
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @NotNull(message = "{meeting.end.required}")
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @PlainText
    @Size(max = 300, message = "{text.tooLong}")
    @Column(name = "location", length = 300)
    private String location;

    @DecimalMin(value = "0", message = "{event.staffHours.invalid}")
    @DecimalMax(value = "9999", message = "{event.staffHours.invalid}")
    @Column(name = "staff_hours", precision = 6, scale = 1)
    private BigDecimal staffHours;

    @Min(value = 0, message = "{event.attendance.invalid}")
    @Max(value = 1_000_000, message = "{event.attendance.invalid}")
    @Column(name = "public_attendance")
    private Integer publicAttendance;

    @PlainText
    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "community_event_agency", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "community_event_staff", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> staff = new HashSet<>();

    public CommunityEvent() {
    }

    public CommunityEvent(Facility facility, CommunityEventKind kind, String title, LocalDateTime startsAt,
            LocalDateTime endsAt, String location) {
        this.facility = facility;
        this.kind = kind;
        this.title = title;
        this.location = location;
        reschedule(startsAt, endsAt);
    }

    public void reschedule(LocalDateTime newStart, LocalDateTime newEnd) {
        if (recordedAt != null) {
            throw new DomainRuleViolation("event.recorded", "A recorded event keeps its date.");
        }
        if (newStart == null) {
            throw DomainRuleViolation.onField("startsAt", "meeting.start.required", "Give the start.");
        }
        if (newEnd == null || !newEnd.isAfter(newStart)) {
            throw DomainRuleViolation.onField("endsAt", "meeting.end.afterStart", "The event must end after it starts.");
        }
        this.startsAt = newStart;
        this.endsAt = newEnd;
    }

    public void describe(CommunityEventKind newKind, String newTitle, String newLocation, String newNotes) {
        this.kind = newKind;
        this.title = newTitle;
        this.location = newLocation;
        this.notes = newNotes;
    }

    public void assignAgencies(Collection<Agency> newAgencies) {
        if (newAgencies == null || newAgencies.isEmpty()) {
            throw DomainRuleViolation.onField("agencyIds", "event.agencies.required", "Name at least one agency.");
        }
        agencies.clear();
        agencies.addAll(newAgencies);
    }

    public void assignStaff(Collection<UserAccount> people) {
        staff.clear();
        if (people != null) {
            staff.addAll(people);
        }
    }

    /**
     * It took place: staff hours and the public's attendance are on record, and the answer is the agencies to record
     * an engagement with. Once, and not before the event started.
     */
    public Set<Agency> record(BigDecimal hours, Integer attendance, String newNotes, LocalDateTime now) {
        if (recordedAt != null) {
            throw new DomainRuleViolation("event.recorded", "This event is already recorded.");
        }
        if (now.isBefore(startsAt)) {
            throw new DomainRuleViolation("event.notYet", "An event is recorded once it has started.");
        }
        if (hours != null && hours.signum() < 0) {
            throw DomainRuleViolation.onField("staffHours", "event.staffHours.invalid", "Staff hours cannot be negative.");
        }
        if (attendance != null && attendance < 0) {
            throw DomainRuleViolation.onField("publicAttendance", "event.attendance.invalid",
                    "Attendance cannot be negative.");
        }
        this.staffHours = hours;
        this.publicAttendance = attendance;
        if (newNotes != null) {
            this.notes = newNotes;
        }
        this.recordedAt = now;
        return Set.copyOf(agencies);
    }

    public boolean isRecorded() {
        return recordedAt != null;
    }

    public LocalDate getDate() {
        return startsAt.toLocalDate();
    }

    @PrePersist
    void requireAgencies() {
        if (agencies.isEmpty()) {
            throw DomainRuleViolation.onField("agencyIds", "event.agencies.required", "Name at least one agency.");
        }
    }

    @Override
    public String auditType() {
        return "CommunityEvent";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("facility", facility == null ? null : facility.getId()).with("title", title)
                .with("kind", kind).with("startsAt", startsAt).with("endsAt", endsAt).with("location", location)
                .with("staffHours", staffHours).with("publicAttendance", publicAttendance).with("notes", notes)
                .with("recordedAt", recordedAt)
                .with("agencies", agencies.stream().map(Agency::getId).collect(Collectors.toCollection(TreeSet::new)))
                .with("staff", staff.stream().map(UserAccount::getId).collect(Collectors.toCollection(TreeSet::new)))
                .build();
    }

    public Facility getFacility() { return facility; }
    public String getTitle() { return title; }
    public CommunityEventKind getKind() { return kind; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public String getLocation() { return location; }
    public BigDecimal getStaffHours() { return staffHours; }
    public Integer getPublicAttendance() { return publicAttendance; }
    public String getNotes() { return notes; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public Set<Agency> getAgencies() { return Collections.unmodifiableSet(agencies); }
    public Set<UserAccount> getStaff() { return Collections.unmodifiableSet(staff); }
}
