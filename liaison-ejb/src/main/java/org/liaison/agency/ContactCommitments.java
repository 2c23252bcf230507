package org.liaison.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.agency.StillNamedOn.Commitment;
import org.liaison.agency.StillNamedOn.Kind;
import org.liaison.agency.StillNamedOn.Shown;
import org.liaison.domain.account.Role;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.meeting.ActionItemStatus;
import org.liaison.domain.meeting.MeetingStatus;
import org.liaison.domain.shared.Tlp;
import org.liaison.domain.training.ExerciseStatus;
import org.liaison.meeting.MeetingScope;
import org.liaison.security.Caller;
import org.liaison.security.Scope;
import org.liaison.training.ExerciseScope;

/**
 * What still names a contact and is yet to happen or still open, as far as the caller may see it: each kind read in
 * the database with the scope its own service reads it with, a page and a count each, whatever they are named on.
 */
@Stateless
public class ContactCommitments {

    /** How many of each kind are listed; the rest are counted. */
    public static final int SHOWN = 20;

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    /** Whoever may read the contact: out of scope is not found. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public StillNamedOn of(Long contactId) {
        Contact person = scope.contact(contactId);
        return new StillNamedOn(actionItems(person), exercises(person), meetings(person));
    }

    private Shown actionItems(Contact person) {
        Named named = new Named("i", " from ActionItem i where i.ownerContact = :person and i.status in :pending and "
                + scope.byFacilityOrAgency("i.facility.id", "i.ownerContact.agency.id"), "i.id, i.title, i.dueOn",
                "i.dueOn, i.id", Map.of("person", person, "pending", ActionItemStatus.PENDING));
        return new Shown(page(named).stream().map(row -> new Commitment(Kind.ACTION_ITEM, (Long) row[0],
                (String) row[1], (LocalDate) row[2])).toList(), count(named));
    }

    private Shown exercises(Contact person) {
        Named named = new Named("xa", " from ExerciseAgency xa join xa.exercise x where xa.pointOfContact = :person"
                + " and x.status in :upcoming and " + ExerciseScope.condition(caller, scope, "x"),
                "x.id, x.title, x.window.startsAt", "x.window.startsAt, x.id",
                Map.of("person", person, "upcoming", ExerciseStatus.UPCOMING));
        return new Shown(page(named).stream().map(row -> new Commitment(Kind.EXERCISE, (Long) row[0],
                (String) row[1], day(row[2]))).toList(), count(named));
    }

    /**
     * Planned meetings that expect them. A meeting whose label admits only its named attendees (or only the hospital's
     * staff) shows a neutral title to anyone else, as the calendar does.
     */
    private Shown meetings(Contact person) {
        Named named = new Named("m", " from Meeting m where m.status = :planned and exists (select a.id from"
                + " MeetingAttendee a where a.meeting = m and a.contact = :person) and "
                + MeetingScope.condition(scope, "m"), "m.id, m.title, m.startsAt, m.tlp, m.facility.id",
                "m.startsAt, m.id", Map.of("person", person, "planned", MeetingStatus.PLANNED));
        List<Object[]> rows = page(named);
        Set<Long> attending = attendingOf(rows);
        return new Shown(rows.stream().map(row -> {
            Tlp label = (Tlp) row[3];
            boolean admitted = label.admits(new Tlp.Reader(attending.contains((Long) row[0]),
                    !caller.isPartner() && scope.seesFacility((Long) row[4]), caller.isPartner()));
            return new Commitment(Kind.MEETING, (Long) row[0],
                    admitted ? (String) row[1] : label.withheldMeetingTitle(), day(row[2]));
        }).toList(), count(named));
    }

    /** Of these meetings, those the caller is a named attendee of: one query, and none when no label needs it. */
    private Set<Long> attendingOf(List<Object[]> meetings) {
        List<Long> labelled = meetings.stream().filter(row -> row[3] == Tlp.RED || row[3] == Tlp.AMBER_STRICT)
                .map(row -> (Long) row[0]).toList();
        if (labelled.isEmpty() || caller.userId() == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select a.meeting.id from MeetingAttendee a where a.user.id = :me"
                        + " and a.meeting.id in :meetings", Long.class)
                .setParameter("me", caller.userId()).setParameter("meetings", labelled).getResultList());
    }

    /**
     * One kind of record that names the person, as a query: the alias it counts, where it reads from (the person, a
     * status and the caller's scope), what it selects and in which order.
     */
    private record Named(String alias, String from, String columns, String order, Map<String, Object> parameters) {
    }

    private List<Object[]> page(Named named) {
        TypedQuery<Object[]> query = em.createQuery("select " + named.columns() + named.from() + " order by "
                + named.order(), Object[].class);
        named.parameters().forEach(query::setParameter);
        return scope.bind(query).setMaxResults(SHOWN).getResultList();
    }

    private long count(Named named) {
        TypedQuery<Long> query = em.createQuery("select count(" + named.alias() + ")" + named.from(), Long.class);
        named.parameters().forEach(query::setParameter);
        return scope.bind(query).getSingleResult();
    }

    private static LocalDate day(Object at) {
        return ((LocalDateTime) at).toLocalDate();
    }
}
