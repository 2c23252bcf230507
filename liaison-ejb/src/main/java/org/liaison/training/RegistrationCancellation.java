package org.liaison.training;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.ExerciseStatus;
import org.liaison.domain.training.Registration;
import org.liaison.domain.training.RegistrationStatus;

/**
 * The one way a place at an exercise is given up, whoever gives it up: the person, a manager, or the record that they
 * left their agency. Each cancellation is audited alike and the waitlist moves up as it does for any freed place.
 * Runs in the caller's transaction.
 */
@Dependent
public class RegistrationCancellation {

    /** What a person can still give up: a place not yet attended or missed, or a place on the waitlist. */
    private static final EnumSet<RegistrationStatus> CANCELLABLE =
            EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.CONFIRMED);

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    Waitlist waitlist;

    /** Cancels a registration of an exercise the caller has locked; the next on its side's waitlist moves up. */
    void cancel(Exercise locked, Registration registration, String reason) {
        Map<String, Object> before = registration.auditSnapshot();
        boolean freed = registration.cancel(reason);
        em.flush();
        audit.changed(before, registration);
        if (freed) {
            waitlist.promote(locked, registration.getSide());
        }
    }

    /**
     * Gives up the person's places, waitlisted ones included, at every exercise not yet held that starts after today,
     * wherever it is: someone who left their agency cannot attend as its person, at any hospital. Answers the
     * registrations cancelled.
     */
    public List<Registration> cancelUpcomingOf(Contact person, String reason, LocalDate today) {
        // the exercises are locked first, in one statement and in id order, as a single cancellation locks its own:
        // a registration racing for a freed place waits instead of taking it twice
        List<Exercise> exercises = em.createQuery("select x from Exercise x where x.status in :upcoming"
                        + " and x.window.startsAt >= :tomorrow and exists (select r.id from Registration r"
                        + " where r.exercise = x and r.contact = :person and r.status in :cancellable)"
                        + " order by x.id", Exercise.class)
                .setParameter("upcoming", ExerciseStatus.UPCOMING).setParameter("person", person)
                .setParameter("tomorrow", today.plusDays(1).atStartOfDay()).setParameter("cancellable", CANCELLABLE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (exercises.isEmpty()) {
            return List.of();
        }
        List<Long> locked = exercises.stream().map(Exercise::getId).toList();
        List<Registration> places = em.createQuery("select r from Registration r where r.contact = :person"
                        + " and r.exercise.id in :exercises and r.status in :cancellable order by r.exercise.id, r.id",
                        Registration.class)
                .setParameter("person", person).setParameter("exercises", locked)
                .setParameter("cancellable", CANCELLABLE).getResultList();
        for (Registration place : places) {
            cancel(place.getExercise(), place, reason);
        }
        return places;
    }
}
