package org.liaison.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.Registration;
import org.liaison.domain.training.RegistrationStatus;
import org.liaison.domain.training.Side;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * Registrations on both sides of an exercise and attendance on the day. Staff register themselves, or a manager
 * registers them; agency people are registered by a manager or by a partner of their own agency. Each side has its
 * capacity; beyond it people wait, and move up by themselves when a place frees.
 */
@Stateless
public class RegistrationService {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    ConflictFinder conflicts;

    @Inject
    Waitlist waitlist;

    @Inject
    RegistrationCancellation cancellation;

    @EJB
    ExerciseService exercises;

    @EJB
    AuditTrail audit;

    public enum Move { CONFIRM, CANCEL }

    /** A staff member of the exercise's facility: oneself (userId null or one's own), or anyone there for managers. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public Registration registerStaff(Long exerciseId, Long userId) {
        Exercise exercise = locked(exerciseId);
        Long who = userId == null ? caller.userId() : userId;
        if (!who.equals(caller.userId()) && !caller.hasAny(Role.ADMIN, Role.DIRECTOR, Role.MANAGER)) {
            throw new EJBAccessException("Officers register themselves only.");
        }
        UserAccount user = em.find(UserAccount.class, who);
        boolean worksThere = user != null && user.isEnabled() && user.getPartnerAgency() == null
                && user.getFacilities().stream().anyMatch(f -> f.equals(exercise.getFacility()));
        if (!worksThere) {
            throw InvalidInput.of("userId", "No such staff member at this facility.");
        }
        requireNotRegistered(exercise, "r.user = :person", user, user.getDisplayName());
        requireFree(user.getId(), null, user.getDisplayName(), exercise);
        Registration registration = Registration.ofStaff(exercise, user, waitlist.holding(exercise, Side.STAFF),
                caller.username(), LocalDateTime.now());
        return save(registration);
    }

    /** A person of a participating agency: by a manager in scope, or by a partner for their own agency's people. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.PARTNER_})
    public Registration registerAgencyPerson(Long exerciseId, Long contactId) {
        // the person first, then the exercise: the order a departure takes (it changes the person, then locks the
        // exercises whose places it gives up), so a registration and a departure of the same person wait for each
        // other, and a place is never given to someone whose departure is being recorded at that moment
        Contact contact = contactId == null ? null
                : em.find(Contact.class, contactId, LockModeType.PESSIMISTIC_WRITE);
        Exercise exercise = locked(exerciseId);
        // only the people of an agency taking part are in reach: anyone else is unknown, before their bookings or
        // name could be told
        boolean allowed = contact != null && exercise.involves(contact.getAgency()) && (caller.isPartner()
                ? contact.getAgency().getId().equals(caller.partnerAgencyId())
                : scope.sees(List.of(exercise.getFacility().getId()), List.of()));
        if (!allowed) {
            throw InvalidInput.of("contactId", "No such person at your agency.");
        }
        contact.requireServing("contactId");
        requireNotRegistered(exercise, "r.contact = :person", contact, contact.getDisplayName());
        requireFree(null, contact.getId(), contact.getDisplayName(), exercise);
        Registration registration = Registration.ofAgencyPerson(exercise, contact,
                waitlist.holding(exercise, Side.AGENCY), caller.username(), LocalDateTime.now());
        return save(registration);
    }

    private Registration save(Registration registration) {
        em.persist(registration);
        em.flush();
        audit.created(registration);
        return registration;
    }

    private void requireNotRegistered(Exercise exercise, String person, Object who, String name) {
        long already = em.createQuery("select count(r) from Registration r where r.exercise = :x and " + person
                        + " and r.status in :active", Long.class).setParameter("x", exercise).setParameter("person", who)
                .setParameter("active", RegistrationStatus.ACTIVE).getSingleResult();
        if (already > 0) {
            throw new DomainRuleViolation("registration.duplicate", name + " is already registered for this exercise.");
        }
    }

    private void requireFree(Long userId, Long contactId, String name, Exercise exercise) {
        List<Conflict> booked = conflicts.personBooked(userId, contactId, name, exercise.getId(), exercise.getWindow());
        if (!booked.isEmpty()) {
            throw new DomainRuleViolation("registration.doubleBooked", booked.get(0).message()
                    + " The two exercises overlap.");
        }
    }

    /** The exercise, visible to the caller, locked so that two registrations cannot both take its last place. */
    private Exercise locked(Long exerciseId) {
        Exercise exercise = exercises.find(exerciseId);
        em.lock(exercise, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(exercise);
        return exercise;
    }

    /** Registrations of an exercise: staff see all; a partner sees their own agency's people only. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<Registration> list(Long exerciseId, boolean placesOnly, PageRequest page) {
        Exercise exercise = exercises.find(exerciseId);
        String where = " where r.exercise = :x" + (caller.isPartner() ? " and r.agency.id = :agency" : "")
                + (placesOnly ? " and r.waitlisted = :notWaitlisted and r.status <> :cancelled" : "");
        TypedQuery<Registration> query = em.createQuery("select r from Registration r"
                + " left join fetch r.contact left join fetch r.agency" + where
                + " order by r.side desc, r.waitlisted, r.registeredAt, r.id", Registration.class);
        // the staff and their roles (an eager collection) for the whole page, one query each, not one per person
        query.setHint("eclipselink.batch", "r.user").setHint("eclipselink.batch", "r.user.roles")
                .setHint("eclipselink.batch.type", "IN");
        TypedQuery<Long> count = em.createQuery("select count(r) from Registration r" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("x", exercise);
            if (caller.isPartner()) {
                q.setParameter("agency", caller.partnerAgencyId());
            }
            if (placesOnly) {
                q.setParameter("cancelled", RegistrationStatus.CANCELLED);
                q.setParameter("notWaitlisted", Boolean.FALSE);
                q.setHint("eclipselink.jdbc.bind-parameters", "TRUE");
            }
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Registration find(Long exerciseId, Long registrationId) {
        Exercise exercise = exercises.find(exerciseId);
        Registration registration = registrationId == null ? null : em.find(Registration.class, registrationId);
        if (registration == null || !registration.getExercise().equals(exercise)
                || (caller.isPartner() && (registration.getAgency() == null
                || !registration.getAgency().getId().equals(caller.partnerAgencyId())))) {
            throw new RecordNotFound("Registration", registrationId);
        }
        return registration;
    }

    /** Confirms or cancels: the person themselves, a manager in scope, or a partner for their agency's people. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_})
    public Registration move(Long exerciseId, Long registrationId, long version, Move move) {
        Exercise exercise = locked(exerciseId);
        Registration registration = find(exerciseId, registrationId);
        boolean own = registration.getUser() != null && registration.getUser().getId().equals(caller.userId());
        if (!own && !caller.isPartner() && !caller.hasAny(Role.ADMIN, Role.DIRECTOR, Role.MANAGER)) {
            throw new EJBAccessException("Officers change their own registrations only.");
        }
        if (registration.getVersion() != version) {
            throw new StaleRecord("Registration", registrationId);
        }
        if (move == Move.CANCEL) {
            cancellation.cancel(exercise, registration, null);
            return registration;
        }
        Map<String, Object> before = registration.auditSnapshot();
        registration.confirm();
        em.flush();
        audit.changed(before, registration);
        return registration;
    }

    /** Staff of the exercise's facility a manager may register, by name (a lazy picker's page). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public List<UserAccount> staffToRegister(Long exerciseId, String name, int limit) {
        Exercise exercise = exercises.find(exerciseId);
        return em.createQuery("select distinct u from UserAccount u join u.facilities f where f = :facility"
                        + " and u.partnerAgency is null and lower(u.displayName) like :name"
                        + " order by u.displayName", UserAccount.class)
                .setParameter("facility", exercise.getFacility()).setParameter("name", like(name))
                .setMaxResults(Math.min(limit, 25)).getResultList().stream().filter(UserAccount::isEnabled).toList();
    }

    /** People of the participating agencies (a partner: of their own agency only), by name. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.PARTNER_})
    public List<Contact> agencyPeopleToRegister(Long exerciseId, String name, int limit) {
        Exercise exercise = exercises.find(exerciseId);
        List<Long> agencies = exercise.agencyIds().stream()
                .filter(a -> !caller.isPartner() || a.equals(caller.partnerAgencyId())).toList();
        if (agencies.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Contact c join fetch c.agency where c.agency.id in :agencies"
                        + " and c.leftOn is null and (lower(c.lastName) like :name or lower(c.firstName) like :name)"
                        + " order by c.lastName, c.firstName", Contact.class)
                .setParameter("agencies", agencies).setParameter("name", like(name))
                .setMaxResults(Math.min(limit, 25)).getResultList();
    }

    static String like(String name) {
        return "%" + (name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT).replace("%", "")
                .replace("_", "")) + "%";
    }

    /** One mark on the roster: present or absent. */
    public record Mark(Long registrationId, boolean present) {
    }

    /**
     * Takes attendance on the day (or after): marks present or absent, crediting hours to those present. Managers,
     * directors and administrators of the exercise's facility.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public List<Registration> attendance(Long exerciseId, List<Mark> marks, LocalDate today) {
        Exercise exercise = exercises.find(exerciseId);
        scope.require(scope.seesFacility(exercise.getFacility().getId()), "Exercise", exerciseId);
        if (!exercise.isAttendanceOpen(today)) {
            throw new DomainRuleViolation("attendance.notOpen", "Attendance is taken on the day of the exercise or"
                    + " after, once it is scheduled.");
        }
        if (marks.isEmpty()) {
            return List.of();
        }
        List<Long> ids = marks.stream().map(Mark::registrationId).toList();
        Map<Long, Registration> found = new java.util.HashMap<>();
        em.createQuery("select r from Registration r left join fetch r.user left join fetch r.contact"
                        + " where r.exercise = :x and r.id in :ids", Registration.class)
                .setParameter("x", exercise).setParameter("ids", ids).getResultList()
                .forEach(r -> found.put(r.getId(), r));
        for (int i = 0; i < marks.size(); i++) {
            if (!found.containsKey(marks.get(i).registrationId())) {
                throw InvalidInput.of("marks[" + i + "].registrationId", "No such registration for this exercise.");
            }
        }
        for (Mark mark : marks) {
            Registration registration = found.get(mark.registrationId());
            Map<String, Object> before = registration.auditSnapshot();
            if (mark.present()) {
                registration.attend();
            } else {
                registration.noShow();
            }
            audit.changed(before, registration);
        }
        em.flush();
        return marks.stream().map(m -> found.get(m.registrationId())).toList();
    }
}
