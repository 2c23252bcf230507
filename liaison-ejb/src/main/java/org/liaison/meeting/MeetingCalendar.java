package org.liaison.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.calendar.CalendarEntry;
import org.liaison.calendar.CalendarQuery;
import org.liaison.calendar.CalendarSource;
import org.liaison.calendar.CalendarViewer;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.meeting.MeetingSeries;
import org.liaison.domain.meeting.MeetingStatus;
import org.liaison.domain.shared.RichText;
import org.liaison.domain.shared.Tlp;

/**
 * Meetings on the calendar: every occurrence on a page; in a feed, a series once with its RRULE (cancelled occurrences
 * as EXDATE, occurrences changed on their own as overrides) and single meetings as they are. A meeting whose TLP label
 * does not admit the viewer shows the neutral title and no details. Three queries whatever the range holds.
 */
@ApplicationScoped
public class MeetingCalendar implements CalendarSource {

    public static final String KIND = "MEETING";

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<CalendarEntry> entries(CalendarQuery query) {
        if (!query.wants(KIND)) {
            return List.of();
        }
        CalendarViewer viewer = query.viewer();
        String facility = query.facilityId() == null ? "" : " and m.facility.id = :facility";
        TypedQuery<Meeting> meetings = em.createQuery("select m from Meeting m join fetch m.facility"
                + " left join fetch m.series where m.startsAt < :to and m.endsAt > :from and "
                + viewer.condition("Meeting", "m", "agencies") + facility + " order by m.startsAt, m.id", Meeting.class)
                .setParameter("from", query.from()).setParameter("to", query.to());
        if (query.facilityId() != null) {
            meetings.setParameter("facility", query.facilityId());
        }
        List<Meeting> found = viewer.bind(meetings).getResultList();
        Set<Long> named = namedIn(viewer, query);
        Set<Long> namedSeries = found.stream().filter(m -> m.getSeries() != null && named.contains(m.getId()))
                .map(m -> m.getSeries().getId()).collect(Collectors.toSet());
        if (query.expandSeries()) {
            return found.stream().map(m -> entry(m, viewer, named.contains(m.getId()))).toList();
        }
        List<CalendarEntry> entries = new ArrayList<>();
        Map<MeetingSeries, List<Meeting>> bySeries = found.stream().filter(m -> m.getSeries() != null)
                .collect(Collectors.groupingBy(Meeting::getSeries));
        found.stream().filter(m -> m.getSeries() == null).forEach(m -> entries.add(entry(m, viewer, named.contains(m.getId()))));
        bySeries.forEach((series, occurrences) -> {
            boolean seriesNamed = namedSeries.contains(series.getId());
            List<LocalDateTime> excluded = new ArrayList<>();
            for (Meeting m : occurrences) {
                if (m.getStatus() == MeetingStatus.CANCELLED) {
                    excluded.add(m.getRecurrenceId());
                } else if (m.isDetached() || !m.getStartsAt().equals(m.getRecurrenceId())) {
                    entries.add(entry(m, viewer, named.contains(m.getId())).overriding(m.getRecurrenceId()));
                }
            }
            entries.add(seriesEntry(series, viewer, seriesNamed).repeating(series.getRrule(), excluded));
        });
        return entries;
    }

    /** The meetings of the range the viewer is a named attendee of: one query. */
    private Set<Long> namedIn(CalendarViewer viewer, CalendarQuery query) {
        if (viewer.userId() == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select a.meeting.id from MeetingAttendee a where a.user.id = :me"
                        + " and a.meeting.startsAt < :to and a.meeting.endsAt > :from", Long.class)
                .setParameter("me", viewer.userId()).setParameter("from", query.from()).setParameter("to", query.to())
                .getResultList());
    }

    static boolean admits(Tlp label, CalendarViewer viewer, Long facilityId, boolean named) {
        return label.admits(new Tlp.Reader(named, viewer.seesFacility(facilityId), viewer.isPartner()));
    }

    private static CalendarEntry entry(Meeting m, CalendarViewer viewer, boolean named) {
        boolean restricted = !admits(m.getTlp(), viewer, m.getFacility().getId(), named);
        String title = restricted ? m.getTlp().withheldMeetingTitle() : m.getTitle();
        String description = m.getAgenda();
        if (m.getStatus() == MeetingStatus.CANCELLED && m.getCancelReason() != null) {
            description = "Cancelled: " + m.getCancelReason();
        }
        return CalendarEntry.single(KIND, m.getId(), uid(m), title, restricted, m.getStartsAt(), m.getEndsAt(),
                m.getLocation(), description == null ? null : RichText.plain(description), "/meetings/view?id=" + m.getId(),
                m.getFacility().getId(), m.getStatus().name(),
                viewer.plans() && viewer.seesFacility(m.getFacility().getId()) && m.getStatus() == MeetingStatus.PLANNED);
    }

    private static CalendarEntry seriesEntry(MeetingSeries s, CalendarViewer viewer, boolean named) {
        boolean restricted = !admits(s.getTlp(), viewer, s.getFacility().getId(), named);
        String title = restricted ? s.getTlp().withheldMeetingTitle() : s.getTitle();
        return CalendarEntry.single(KIND, s.getId(), "meeting-series-" + s.getId() + "@liaison", title, restricted,
                s.getFirstStart(), s.getFirstStart().plusMinutes(s.getDurationMinutes()), s.getLocation(),
                s.getAgenda(), "/meetings/index?seriesId=" + s.getId(), s.getFacility().getId(),
                MeetingStatus.PLANNED.name(), false);
    }

    /** A meeting's iCalendar UID: its series' for an occurrence (with RECURRENCE-ID), its own otherwise. */
    static String uid(Meeting m) {
        return m.getSeries() == null ? "meeting-" + m.getId() + "@liaison"
                : "meeting-series-" + m.getSeries().getId() + "@liaison";
    }
}
