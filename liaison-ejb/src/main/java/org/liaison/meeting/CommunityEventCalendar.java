package org.liaison.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.liaison.calendar.CalendarEntry;
import org.liaison.calendar.CalendarQuery;
import org.liaison.calendar.CalendarSource;
import org.liaison.calendar.CalendarViewer;
import org.liaison.domain.meeting.CommunityEvent;

/** Community events on the calendar: public by nature, so never restricted; one query per range. */
@ApplicationScoped
public class CommunityEventCalendar implements CalendarSource {

    public static final String KIND = "COMMUNITY_EVENT";

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
        String facility = query.facilityId() == null ? "" : " and e.facility.id = :facility";
        TypedQuery<CommunityEvent> events = em.createQuery("select e from CommunityEvent e join fetch e.facility"
                + " where e.startsAt < :to and e.endsAt > :from and "
                + viewer.condition("CommunityEvent", "e", "agencies") + facility + " order by e.startsAt, e.id",
                CommunityEvent.class).setParameter("from", query.from()).setParameter("to", query.to());
        if (query.facilityId() != null) {
            events.setParameter("facility", query.facilityId());
        }
        return viewer.bind(events).getResultList().stream().map(e -> entry(e, viewer)).toList();
    }

    static CalendarEntry entry(CommunityEvent e, CalendarViewer viewer) {
        return CalendarEntry.single(KIND, e.getId(), "community-event-" + e.getId() + "@liaison", e.getTitle(), false,
                e.getStartsAt(), e.getEndsAt(), e.getLocation(), e.getNotes(), "/events/view?id=" + e.getId(),
                e.getFacility().getId(), e.isRecorded() ? "RECORDED" : "PLANNED",
                viewer.plans() && viewer.seesFacility(e.getFacility().getId()) && !e.isRecorded());
    }
}
