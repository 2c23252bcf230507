package org.liaison.domain.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
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
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.Reason;
import org.liaison.domain.shared.RichText;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.Tlp;

/**
 * A meeting of a facility with agencies, alone or one occurrence of a {@link MeetingSeries}. Its lifecycle moves only
 * through the methods below (planned → held → minutes approved → closed; a planned meeting can be cancelled with a
 * reason), each refusing a move the lifecycle does not allow. Its minutes carry a TLP label that decides who may read
 * them ({@link #readerOf}).
 */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;
    /** Minutes not approved this many days after the meeting was held are overdue for approval. */
    public static final int MINUTES_APPROVAL_DAYS = 7;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private MeetingSeries series;

    /** For an occurrence of a series: the start the series' rule gave it (RFC 5545 RECURRENCE-ID), kept when moved. */
    @Column(name = "recurrence_id")
    private LocalDateTime recurrenceId;

    /** An occurrence changed on its own ("this one"): later changes to the series leave it alone. */
    @Column(name = "detached", nullable = false)
    private boolean detached;

    @SingleLine
    @NotBlank(message = "{meeting.title.required}")
    @Size(max = 160, message = "{text.tooLong}")
    @Column(name = "title", nullable = false, length = 160)
    private String title;

    @PlainText
    @Size(max = 300, message = "{text.tooLong}")
    @Column(name = "location", length = 300)
    private String location;

    @NotNull(message = "{meeting.start.required}")
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @NotNull(message = "{meeting.end.required}")
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @PlainText
    @Size(max = 4000, message = "{text.tooLong}")
    @Column(name = "agenda", length = 4000)
    private String agenda;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "tlp", nullable = false, length = 16)
    private Tlp tlp = Tlp.GREEN;

    @Size(max = 20000, message = "{text.tooLong}")
    @Column(name = "decisions", length = 20000)
    private String decisions;

    @Size(max = 20000, message = "{text.tooLong}")
    @Column(name = "discussion", length = 20000)
    private String discussion;

    @Column(name = "held_at")
    private LocalDateTime heldAt;

    @Column(name = "minutes_approved_by", length = 40)
    private String minutesApprovedBy;

    @Column(name = "minutes_approved_at")
    private LocalDateTime minutesApprovedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @PlainText
    @Size(max = 500, message = "{text.tooLong}")
    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    /** Set once the daily job has told the managers the minutes are late, so it tells them once. */
    @Column(name = "minutes_reminder_sent", nullable = false)
    private boolean minutesReminderSent;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "meeting_agency", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new HashSet<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<MeetingAttendee> attendees = new ArrayList<>();

    public Meeting() {
    }

    public Meeting(Facility facility, String title, LocalDateTime startsAt, LocalDateTime endsAt, String location) {
        this.facility = facility;
        this.title = title;
        this.location = location;
        reschedule(startsAt, endsAt);
    }

    /** An occurrence of a series, at the start its rule gives. */
    public static Meeting occurrenceOf(MeetingSeries series, LocalDateTime start) {
        Meeting meeting = new Meeting(series.getFacility(), series.getTitle(), start,
                start.plusMinutes(series.getDurationMinutes()), series.getLocation());
        meeting.series = series;
        meeting.recurrenceId = start;
        meeting.tlp = series.getTlp();
        meeting.agenda = series.getAgenda();
        meeting.agencies.addAll(series.getAgencies());
        return meeting;
    }

    // ------------------------------------------------------------------ planning

    /** Moves a planned meeting; it must end after it starts. */
    public void reschedule(LocalDateTime newStart, LocalDateTime newEnd) {
        if (status != MeetingStatus.PLANNED && startsAt != null) {
            throw refused("reschedule", "only a planned meeting");
        }
        if (newStart == null) {
            throw DomainRuleViolation.onField("startsAt", "meeting.start.required", "Give the start.");
        }
        if (newEnd == null || !newEnd.isAfter(newStart)) {
            throw DomainRuleViolation.onField("endsAt", "meeting.end.afterStart", "The meeting must end after it starts.");
        }
        this.startsAt = newStart;
        this.endsAt = newEnd;
    }

    /** Changes what a planned meeting is about and where; title, location and agenda. */
    public void describe(String newTitle, String newLocation, String newAgenda) {
        requirePlanned("change");
        this.title = newTitle;
        this.location = newLocation;
        this.agenda = newAgenda;
    }

    /** Names the agencies taking part: at least one. */
    public void assignAgencies(Collection<Agency> newAgencies) {
        if (newAgencies == null || newAgencies.isEmpty()) {
            throw DomainRuleViolation.onField("agencyIds", "meeting.agencies.required", "Name at least one agency.");
        }
        agencies.clear();
        agencies.addAll(newAgencies);
        attendees.removeIf(a -> a.getContact() != null && !agencies.contains(a.getContact().getAgency()));
    }

    /** Invites a staff member (once). */
    public MeetingAttendee invite(UserAccount staff) {
        return attendees.stream().filter(a -> staff.equals(a.getUser())).findFirst().orElseGet(() -> {
            MeetingAttendee attendee = MeetingAttendee.staff(this, staff);
            attendees.add(attendee);
            return attendee;
        });
    }

    /** Invites a person of one of the meeting's agencies (once); anyone else's contact is refused. */
    public MeetingAttendee invite(Contact contact) {
        if (contact == null || !agencies.contains(contact.getAgency())) {
            throw DomainRuleViolation.onField("attendeeContactIds", "meeting.attendee.otherAgency",
                    "Only people of the meeting's agencies can attend for an agency.");
        }
        return attendees.stream().filter(a -> contact.equals(a.getContact())).findFirst().orElseGet(() -> {
            MeetingAttendee attendee = MeetingAttendee.agencyContact(this, contact);
            attendees.add(attendee);
            return attendee;
        });
    }

    public void uninvite(MeetingAttendee attendee) {
        attendees.remove(attendee);
    }

    /** After "this one" was changed: the series no longer speaks for this occurrence. */
    public void detach() {
        this.detached = true;
    }

    /** Moves this occurrence to another series (the later part of a split series). */
    public void moveToSeries(MeetingSeries newSeries) {
        this.series = newSeries;
    }

    /** Takes the series' new title, place, time of day, length, agenda, label and agencies (a planned occurrence). */
    public void followSeries(MeetingSeries s) {
        requirePlanned("change");
        this.title = s.getTitle();
        this.location = s.getLocation();
        this.agenda = s.getAgenda();
        this.tlp = s.getTlp();
        LocalDateTime start = startsAt.toLocalDate().atTime(s.getFirstStart().toLocalTime());
        reschedule(start, start.plusMinutes(s.getDurationMinutes()));
        assignAgencies(s.getAgencies());
    }

    // ------------------------------------------------------------------ lifecycle

    /**
     * The meeting took place. Marks who was there ({@code present}: the attendees present; everyone else absent) and
     * answers the agencies present: those with a person present, or every agency of the meeting when no agency person
     * is on record. Not before it started.
     */
    public Set<Agency> markHeld(Collection<MeetingAttendee> present, LocalDateTime now) {
        requirePlanned("mark as held");
        if (now.isBefore(startsAt)) {
            throw refused("mark as held", "not before it starts");
        }
        attendees.forEach(a -> a.markPresent(present != null && present.contains(a)));
        status = MeetingStatus.HELD;
        heldAt = now;
        return agenciesPresent();
    }

    public Set<Agency> agenciesPresent() {
        Set<Agency> byPeople = attendees.stream().filter(a -> a.isPresent() && a.getContact() != null)
                .map(a -> a.getContact().getAgency()).collect(Collectors.toSet());
        return byPeople.isEmpty() ? Set.copyOf(agencies) : byPeople;
    }

    /** Writes or corrects the minutes of a held meeting, under a TLP label; the rich text is sanitised. */
    public void writeMinutes(Tlp label, String newDecisions, String newDiscussion) {
        if (status != MeetingStatus.HELD) {
            throw refused("write the minutes of", "only a held meeting whose minutes are not approved yet");
        }
        if (label == null) {
            throw DomainRuleViolation.onField("tlp", "meeting.tlp.required", "Choose the TLP label of the minutes.");
        }
        this.tlp = label;
        this.decisions = RichText.sanitize(newDecisions);
        this.discussion = RichText.sanitize(newDiscussion);
    }

    /** Relabels a planned meeting (the label its minutes will carry). */
    public void label(Tlp label) {
        if (label == null) {
            throw DomainRuleViolation.onField("tlp", "meeting.tlp.required", "Choose the TLP label of the minutes.");
        }
        requirePlanned("relabel");
        this.tlp = label;
    }

    public boolean hasMinutes() {
        return (decisions != null && !decisions.isBlank()) || (discussion != null && !discussion.isBlank());
    }

    public void approveMinutes(String by, LocalDateTime at) {
        if (status != MeetingStatus.HELD) {
            throw refused("approve the minutes of", "only a held meeting");
        }
        if (!hasMinutes()) {
            throw refused("approve the minutes of", "not before its minutes are written");
        }
        status = MeetingStatus.MINUTES_APPROVED;
        minutesApprovedBy = by;
        minutesApprovedAt = at;
    }

    public void close(LocalDateTime at) {
        if (status != MeetingStatus.MINUTES_APPROVED) {
            throw refused("close", "only a meeting whose minutes are approved");
        }
        status = MeetingStatus.CLOSED;
        closedAt = at;
    }

    public void cancel(String reason) {
        requirePlanned("cancel");
        cancelReason = Reason.required(reason, "reason", "meeting.cancel.reasonRequired",
                "Give the reason the meeting is cancelled.");
        status = MeetingStatus.CANCELLED;
    }

    /** Held at least {@link #MINUTES_APPROVAL_DAYS} days ago and the minutes still not approved. */
    public boolean isMinutesApprovalOverdue(LocalDate today) {
        return status == MeetingStatus.HELD && heldAt != null
                && !startsAt.toLocalDate().plusDays(MINUTES_APPROVAL_DAYS).isAfter(today);
    }

    /** The daily job tells the managers about late minutes once; answers whether this is the first time. */
    public boolean remindAboutMinutes() {
        if (minutesReminderSent) {
            return false;
        }
        minutesReminderSent = true;
        return true;
    }

    // ------------------------------------------------------------------ TLP

    /**
     * How a person relates to these minutes under TLP: named when they are a staff attendee; of our organisation
     * when they are hospital staff who see the meeting's facility; of a recipient organisation when they are a
     * partner of an agency of the meeting.
     */
    public Tlp.Reader readerOf(Long userId, boolean staffSeeingFacility, Long partnerAgencyId) {
        boolean named = userId != null && attendees.stream()
                .anyMatch(a -> a.getUser() != null && userId.equals(a.getUser().getId()));
        boolean recipient = partnerAgencyId != null && agencies.stream().anyMatch(a -> partnerAgencyId.equals(a.getId()));
        return new Tlp.Reader(named, staffSeeingFacility, recipient);
    }

    private void requirePlanned(String move) {
        if (status != MeetingStatus.PLANNED) {
            throw refused(move, "only a planned meeting");
        }
    }

    private DomainRuleViolation refused(String move, String rule) {
        return new DomainRuleViolation("meeting.transition", "Cannot " + move + " a meeting that is "
                + status.name().toLowerCase().replace('_', ' ') + ": " + rule + ".");
    }

    /** The last guard: whatever path stored it, a meeting has a facility, an agency and a start before its end. */
    @PrePersist
    @PreUpdate
    void requireCompleteTerms() {
        if (agencies.isEmpty()) {
            throw DomainRuleViolation.onField("agencyIds", "meeting.agencies.required", "Name at least one agency.");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw DomainRuleViolation.onField("endsAt", "meeting.end.afterStart", "The meeting must end after it starts.");
        }
    }

    @Override
    public String auditType() {
        return "Meeting";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("facility", facility == null ? null : facility.getId())
                .with("series", series == null ? null : series.getId()).with("title", title)
                .with("location", location).with("startsAt", startsAt).with("endsAt", endsAt).with("status", status)
                .with("agenda", agenda).with("tlp", tlp).with("decisions", decisions).with("discussion", discussion)
                .with("heldAt", heldAt).with("minutesApprovedBy", minutesApprovedBy).with("closedAt", closedAt)
                .with("cancelReason", cancelReason)
                .with("agencies", agencies.stream().map(Agency::getId).collect(Collectors.toCollection(TreeSet::new)))
                .with("attendees", attendees.stream().map(MeetingAttendee::describe)
                        .collect(Collectors.toCollection(TreeSet::new)))
                .build();
    }

    public Facility getFacility() { return facility; }
    public MeetingSeries getSeries() { return series; }
    public LocalDateTime getRecurrenceId() { return recurrenceId; }
    public boolean isDetached() { return detached; }
    public String getTitle() { return title; }
    public String getLocation() { return location; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public MeetingStatus getStatus() { return status; }
    public String getAgenda() { return agenda; }
    public Tlp getTlp() { return tlp; }
    public String getDecisions() { return decisions; }
    public String getDiscussion() { return discussion; }
    public LocalDateTime getHeldAt() { return heldAt; }
    public String getMinutesApprovedBy() { return minutesApprovedBy; }
    public LocalDateTime getMinutesApprovedAt() { return minutesApprovedAt; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public String getCancelReason() { return cancelReason; }
    /** Read-only: agencies change through {@link #assignAgencies}. */
    public Set<Agency> getAgencies() { return Collections.unmodifiableSet(agencies); }
    /** Read-only: attendees change through {@link #invite}. */
    public List<MeetingAttendee> getAttendees() { return Collections.unmodifiableList(attendees); }
}
