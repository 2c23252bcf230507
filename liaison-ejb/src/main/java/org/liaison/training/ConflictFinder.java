package org.liaison.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.liaison.domain.shared.Tlp;
import org.liaison.domain.training.AgencyBlackout;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.ExerciseStatus;
import org.liaison.domain.training.TimeWindow;
import org.liaison.security.Scope;

/**
 * Finds what a proposed time and place collides with, in the database: one query per kind of conflict, whatever the
 * number of exercises, registrations or blackouts (a statement-count test holds it so). Runs inside the calling
 * service's transaction and scope checks.
 */
@Dependent
public class ConflictFinder {

    static final int MAX_PER_KIND = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Scope scope;

    /**
     * @param facilityId  the exercise's facility (locations are rooms and sites of one facility)
     * @param location    the room or site
     * @param window      the proposed time
     * @param selfId      the exercise being moved (its registered people are checked), or null for a new one
     * @param agencyIds   the participating agencies, whose blackout dates are checked
     */
    public List<Conflict> find(Long facilityId, String location, TimeWindow window, Long selfId,
            Collection<Long> agencyIds) {
        List<Conflict> conflicts = new ArrayList<>();
        conflicts.addAll(sameLocation(facilityId, location, window, selfId));
        if (selfId != null) {
            conflicts.addAll(participants(selfId, window));
        }
        if (agencyIds != null && !agencyIds.isEmpty()) {
            conflicts.addAll(blackouts(agencyIds, window));
        }
        return conflicts;
    }

    private List<Conflict> sameLocation(Long facilityId, String location, TimeWindow window, Long selfId) {
        List<Object[]> others = em.createQuery("select x.id, x.title, x.location, x.window.startsAt, x.window.endsAt"
                        + " from Exercise x where x.facility.id = :facility"
                        + " and x.locationKey = :location and x.status <> :cancelled and x.id <> :self"
                        + " and x.window.startMinute < :end and x.window.endMinute > :start"
                        + " order by x.window.startMinute", Object[].class)
                .setParameter("facility", facilityId).setParameter("location", Exercise.locationKey(location))
                .setParameter("cancelled", ExerciseStatus.CANCELLED).setParameter("self", selfId == null ? -1L : selfId)
                .setParameter("start", window.startMinute()).setParameter("end", window.endMinute())
                .setMaxResults(MAX_PER_KIND).getResultList();
        return others.stream().map(x -> new Conflict(ConflictKind.LOCATION, x[2] + " is booked for “" + x[1] + "” "
                + when((LocalDateTime) x[3], (LocalDateTime) x[4]) + ".", (Long) x[0], (String) x[1],
                (LocalDateTime) x[3], (LocalDateTime) x[4])).toList();
    }

    /**
     * People registered for this exercise who hold a place at another exercise, or are expected at a meeting, at an
     * overlapping time (staff by account, agency people by contact).
     */
    private List<Conflict> participants(Long selfId, TimeWindow window) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select coalesce(u.display_name, c.first_name || ' ' || c.last_name),"
                        + " x.id, x.title, x.starts_at, x.ends_at, 'EXERCISE', x.facility_id, 'CLEAR'"
                        + " from exercise_registration r"
                        + " join exercise_registration r2 on r2.id <> r.id and ((r.user_id is not null and r2.user_id"
                        + " = r.user_id) or (r.contact_id is not null and r2.contact_id = r.contact_id))"
                        + " join exercise x on x.id = r2.exercise_id"
                        + " left join user_account u on u.id = r.user_id"
                        + " left join contact c on c.id = r.contact_id"
                        + " where r.exercise_id = ?1 and r.status in ('REGISTERED', 'CONFIRMED')"
                        + " and r2.status in ('REGISTERED', 'CONFIRMED', 'ATTENDED') and r2.waitlisted = false"
                        + " and x.id <> ?1 and x.status <> 'CANCELLED' and x.start_minute < ?3 and x.end_minute > ?2"
                        + " union all"
                        + " select coalesce(u.display_name, c.first_name || ' ' || c.last_name),"
                        + " m.id, m.title, m.starts_at, m.ends_at, 'MEETING', m.facility_id, m.tlp"
                        + " from exercise_registration r"
                        + " join meeting_attendee ma on (r.user_id is not null and ma.user_id = r.user_id)"
                        + " or (r.contact_id is not null and ma.contact_id = r.contact_id)"
                        + " join meeting m on m.id = ma.meeting_id"
                        + " left join user_account u on u.id = r.user_id"
                        + " left join contact c on c.id = r.contact_id"
                        + " where r.exercise_id = ?1 and r.status in ('REGISTERED', 'CONFIRMED')"
                        + " and m.status <> 'CANCELLED' and m.starts_at < ?5 and m.ends_at > ?4"
                        + " order by 4")
                .setParameter(1, selfId).setParameter(2, window.startMinute()).setParameter(3, window.endMinute())
                .setParameter(4, Timestamp.valueOf(window.startsAt())).setParameter(5, Timestamp.valueOf(window.endsAt()))
                .setMaxResults(MAX_PER_KIND).getResultList();
        return rows.stream().map(row -> booked((String) row[0], "MEETING".equals(row[5]),
                ((Number) row[1]).longValue(), (String) row[2], ((Number) row[6]).longValue(), (String) row[7],
                time(row[3]), time(row[4]))).toList();
    }

    /** Whether a person already holds a place at another exercise at an overlapping time: the first such, or none. */
    public List<Conflict> personBooked(Long userId, Long contactId, String name, Long selfId, TimeWindow window) {
        List<Object[]> others = em.createQuery("select x.id, x.title, x.window.startsAt, x.window.endsAt, x.facility.id"
                        + " from Registration r join r.exercise x"
                        + " where (r.user.id = :user or r.contact.id = :contact) and r.status in :active"
                        + " and r.waitlisted = :notWaitlisted and x.id <> :self and x.status <> :cancelled"
                        + " and x.window.startMinute < :end and x.window.endMinute > :start", Object[].class)
                .setParameter("user", userId == null ? -1L : userId)
                .setParameter("contact", contactId == null ? -1L : contactId)
                .setParameter("active", org.liaison.domain.training.RegistrationStatus.ACTIVE)
                .setParameter("self", selfId).setParameter("cancelled", ExerciseStatus.CANCELLED)
                .setParameter("notWaitlisted", Boolean.FALSE).setHint("eclipselink.jdbc.bind-parameters", "TRUE")
                .setParameter("start", window.startMinute()).setParameter("end", window.endMinute())
                .setMaxResults(1).getResultList();
        if (others.isEmpty()) {
            // a meeting the person is expected at, at an overlapping time
            List<Object[]> meetings = em.createQuery("select m.id, m.title, m.startsAt, m.endsAt, m.facility.id, m.tlp"
                            + " from MeetingAttendee a"
                            + " join a.meeting m where (a.user.id = :user or a.contact.id = :contact)"
                            + " and m.status <> org.liaison.domain.meeting.MeetingStatus.CANCELLED"
                            + " and m.startsAt < :end and m.endsAt > :start", Object[].class)
                    .setParameter("user", userId == null ? -1L : userId)
                    .setParameter("contact", contactId == null ? -1L : contactId)
                    .setParameter("start", window.startsAt()).setParameter("end", window.endsAt())
                    .setMaxResults(1).getResultList();
            return meetings.stream().map(m -> booked(name, true, (Long) m[0], (String) m[1], (Long) m[4],
                    ((Tlp) m[5]).name(), (LocalDateTime) m[2], (LocalDateTime) m[3])).toList();
        }
        return others.stream().map(x -> booked(name, false, (Long) x[0], (String) x[1], (Long) x[4], "CLEAR",
                (LocalDateTime) x[2], (LocalDateTime) x[3])).toList();
    }

    /**
     * A person's other commitment. Its title is told only when the caller could read it: at a facility in their scope
     * and, for a meeting, labelled CLEAR or GREEN; otherwise the conflict says when, not what (another hospital's
     * meetings and a TLP:RED title stay theirs).
     */
    private Conflict booked(String name, boolean meeting, long otherId, String title, long facilityId, String tlp,
            LocalDateTime starts, LocalDateTime ends) {
        boolean told = scope.seesFacility(facilityId)
                && (Tlp.CLEAR.name().equals(tlp) || Tlp.GREEN.name().equals(tlp));
        String what = meeting ? (told ? " is expected at the meeting “" + title + "” " : " is expected at a meeting ")
                : (told ? " is registered for “" + title + "” " : " is registered for another exercise ");
        return new Conflict(ConflictKind.PARTICIPANT, name + what + when(starts, ends) + ".", told ? otherId : null,
                told ? title : null, starts, ends);
    }

    private List<Conflict> blackouts(Collection<Long> agencyIds, TimeWindow window) {
        List<AgencyBlackout> blackouts = em.createQuery("select b from AgencyBlackout b join fetch b.agency"
                        + " where b.agency.id in :agencies and b.startMinute < :end and b.endMinute > :start"
                        + " order by b.startMinute", AgencyBlackout.class)
                .setParameter("agencies", agencyIds).setParameter("start", window.startMinute())
                .setParameter("end", window.endMinute()).setMaxResults(MAX_PER_KIND).getResultList();
        return blackouts.stream().map(b -> new Conflict(ConflictKind.BLACKOUT, b.getAgency().getName()
                + " cannot take part from " + b.getFirstDay() + " to " + b.getLastDay() + " (" + b.getReason() + ").",
                b.getId(), b.getReason(), b.getFirstDay().atStartOfDay(), b.getLastDay().plusDays(1).atStartOfDay()))
                .toList();
    }

    static String when(LocalDateTime starts, LocalDateTime ends) {
        String end = ends.toLocalDate().equals(starts.toLocalDate()) ? TIME.format(ends)
                : ends.toLocalDate() + " " + TIME.format(ends);
        return "on " + starts.toLocalDate() + " " + TIME.format(starts) + "–" + end;
    }

    private static LocalDateTime time(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
