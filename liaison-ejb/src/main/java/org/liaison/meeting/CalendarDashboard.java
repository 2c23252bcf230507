package org.liaison.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.domain.account.Role;
import org.liaison.domain.meeting.ActionItemStatus;
import org.liaison.domain.meeting.MeetingStatus;
import org.liaison.security.Scope;

/**
 * The calendar's figures for the director's home: meetings held per facility in the last 90 days against what their
 * series and singles planned, minutes awaiting approval, action items open and overdue. Aggregates in SQL: four
 * queries whatever the number of facilities.
 */
@Stateless
public class CalendarDashboard {

    public static final int WINDOW_DAYS = 90;

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Scope scope;

    /** One facility's meetings in the window: planned (held, cancelled or still to hold) and held. */
    public record FacilityMeetings(Long facilityId, String facilityName, long planned, long held)
            implements Serializable {
        public int percentHeld() {
            return planned == 0 ? 100 : (int) Math.round(100.0 * held / planned);
        }
    }

    public record Figures(List<FacilityMeetings> meetingsByFacility, long minutesAwaitingApproval, long openItems,
            long overdueItems) implements Serializable {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public Figures figures(LocalDate today) {
        String facilityScope = scope.byFacility("m.facility.id");
        List<Object[]> rows = scope.bind(em.createQuery("select m.facility.id, m.facility.name, m.status, count(m)"
                        + " from Meeting m where m.startsAt >= :from and m.startsAt < :to and " + facilityScope
                        + " group by m.facility.id, m.facility.name, m.status", Object[].class))
                .setParameter("from", today.minus(WINDOW_DAYS, ChronoUnit.DAYS).atStartOfDay())
                .setParameter("to", today.atStartOfDay()).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            names.put(id, (String) row[1]);
            long[] c = counts.computeIfAbsent(id, k -> new long[2]);
            long n = (Long) row[3];
            c[0] += n;
            if (MeetingStatus.TOOK_PLACE.contains((MeetingStatus) row[2])) {
                c[1] += n;
            }
        }
        List<FacilityMeetings> byFacility = new ArrayList<>();
        counts.forEach((id, c) -> byFacility.add(new FacilityMeetings(id, names.get(id), c[0], c[1])));
        byFacility.sort(java.util.Comparator.comparing(FacilityMeetings::percentHeld)
                .thenComparing(FacilityMeetings::facilityName));
        long awaiting = scope.bind(em.createQuery("select count(m) from Meeting m where m.status = :held and "
                + facilityScope, Long.class)).setParameter("held", MeetingStatus.HELD).getSingleResult();
        String itemScope = scope.byFacility("i.facility.id");
        long open = scope.bind(em.createQuery("select count(i) from ActionItem i where i.status in :pending and "
                + itemScope, Long.class)).setParameter("pending", ActionItemStatus.PENDING).getSingleResult();
        long overdue = scope.bind(em.createQuery("select count(i) from ActionItem i where i.status in :pending"
                + " and i.dueOn < :today and " + itemScope, Long.class)).setParameter("pending", ActionItemStatus.PENDING)
                .setParameter("today", today).getSingleResult();
        return new Figures(byFacility, awaiting, open, overdue);
    }
}
