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
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.Tlp;

/**
 * A recurring meeting: what its occurrences share (title, place, agenda, label, agencies, time of day and length) and
 * when they happen, as an RFC 5545 RRULE from its first start. Occurrences are {@link Meeting} rows, so each can be
 * held, minuted and given action items; the calendar feed hands the rule on as RRULE, not as expanded copies.
 */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @SingleLine
    @NotBlank(message = "{meeting.title.required}")
    @Size(max = 160, message = "{text.tooLong}")
    @Column(name = "title", nullable = false, length = 160)
    private String title;

    @PlainText
    @Size(max = 300, message = "{text.tooLong}")
    @Column(name = "location", length = 300)
    private String location;

    @PlainText
    @Size(max = 4000, message = "{text.tooLong}")
    @Column(name = "agenda", length = 4000)
    private String agenda;

    @NotNull
    @Column(name = "rrule", nullable = false, length = 300)
    private String rrule;

    @NotNull
    @Column(name = "first_start", nullable = false)
    private LocalDateTime firstStart;

    @Min(value = 5, message = "{meeting.duration.invalid}")
    @Max(value = 1440, message = "{meeting.duration.invalid}")
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes = 60;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "tlp", nullable = false, length = 16)
    private Tlp tlp = Tlp.GREEN;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "meeting_series_agency", joinColumns = @JoinColumn(name = "series_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new HashSet<>();

    public MeetingSeries() {
    }

    public MeetingSeries(Facility facility, String title, String location, LocalDateTime firstStart,
            int durationMinutes, Recurrence rule) {
        this.facility = facility;
        this.title = title;
        this.location = location;
        this.durationMinutes = durationMinutes;
        retime(firstStart, durationMinutes);
        this.rrule = rule.rule();
    }

    public Recurrence recurrence() {
        return Recurrence.of(rrule);
    }

    /** The starts of its occurrences within [from, to). */
    public List<LocalDateTime> startsBetween(LocalDateTime from, LocalDateTime to) {
        return recurrence().starts(firstStart, from, to);
    }

    /** New time of day (the first start moves on its own date) and length for the occurrences to come. */
    public void retime(LocalDateTime newFirstStart, int newDurationMinutes) {
        if (newFirstStart == null) {
            throw DomainRuleViolation.onField("startsAt", "meeting.start.required", "Give the start.");
        }
        if (newDurationMinutes < 5 || newDurationMinutes > 1440) {
            throw DomainRuleViolation.onField("endsAt", "meeting.end.afterStart", "The meeting must end after it starts.");
        }
        this.firstStart = newFirstStart;
        this.durationMinutes = newDurationMinutes;
    }

    public void describe(String newTitle, String newLocation, String newAgenda, Tlp newLabel) {
        this.title = newTitle;
        this.location = newLocation;
        this.agenda = newAgenda;
        if (newLabel != null) {
            this.tlp = newLabel;
        }
    }

    public void repeat(Recurrence rule) {
        this.rrule = rule.rule();
    }

    public void assignAgencies(Collection<Agency> newAgencies) {
        if (newAgencies == null || newAgencies.isEmpty()) {
            throw DomainRuleViolation.onField("agencyIds", "meeting.agencies.required", "Name at least one agency.");
        }
        agencies.clear();
        agencies.addAll(newAgencies);
    }

    /**
     * Splits the series before the occurrence that starts at {@code at} ("this and following"): this series keeps the
     * occurrences before it, and the answer — a new series starting there with the same terms — the rest.
     */
    public MeetingSeries splitAt(LocalDateTime at) {
        if (!at.isAfter(firstStart)) {
            throw new DomainRuleViolation("meeting.series.split", "The first occurrence starts the series: change all.");
        }
        int before = recurrence().starts(firstStart, firstStart, at).size();
        MeetingSeries rest = new MeetingSeries(facility, title, location, at, durationMinutes,
                recurrence().withoutFirst(before));
        rest.agenda = agenda;
        rest.tlp = tlp;
        rest.agencies.addAll(agencies);
        this.rrule = recurrence().endingAfter(before).rule();
        return rest;
    }

    @Override
    public String auditType() {
        return "MeetingSeries";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("facility", facility == null ? null : facility.getId()).with("title", title)
                .with("location", location).with("agenda", agenda).with("rrule", rrule).with("firstStart", firstStart)
                .with("durationMinutes", durationMinutes).with("tlp", tlp)
                .with("agencies", agencies.stream().map(Agency::getId).collect(Collectors.toCollection(TreeSet::new)))
                .build();
    }

    public Facility getFacility() { return facility; }
    public String getTitle() { return title; }
    public String getLocation() { return location; }
    public String getAgenda() { return agenda; }
    public String getRrule() { return rrule; }
    public LocalDateTime getFirstStart() { return firstStart; }
    public int getDurationMinutes() { return durationMinutes; }
    public Tlp getTlp() { return tlp; }
    public Set<Agency> getAgencies() { return Collections.unmodifiableSet(agencies); }
}
