package org.liaison.training;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.Registration;
import org.liaison.domain.training.RegistrationStatus;
import org.liaison.domain.training.Side;
import org.liaison.notification.NotificationService;

/**
 * Moves people up from a side's waitlist, first come first served, while that side has free places; each promoted
 * staff member is told. Runs in the caller's transaction, with the exercise row locked by the caller.
 */
@Dependent
public class Waitlist {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    NotificationService notifications;

    public long holding(Exercise exercise, Side side) {
        return em.createQuery("select count(r) from Registration r where r.exercise = :x and r.side = :side"
                        + " and r.status in :active and r.waitlisted = :notWaitlisted", Long.class)
                .setParameter("notWaitlisted", Boolean.FALSE).setHint("eclipselink.jdbc.bind-parameters", "TRUE")
                .setParameter("x", exercise).setParameter("side", side)
                .setParameter("active", RegistrationStatus.ACTIVE).getSingleResult();
    }

    public int promote(Exercise exercise, Side side) {
        long free = exercise.capacity(side) - holding(exercise, side);
        if (free <= 0) {
            return 0;
        }
        // someone who has left their agency since joining the waitlist is passed over: the place goes to who can come
        List<Registration> next = em.createQuery("select r from Registration r left join r.contact c"
                        + " where r.exercise = :x and c.leftOn is null"
                        + " and r.side = :side and r.waitlisted = :waitlisted and r.status = :registered"
                        + " order by r.registeredAt, r.id", Registration.class)
                .setParameter("x", exercise).setParameter("side", side)
                .setParameter("registered", RegistrationStatus.REGISTERED).setParameter("waitlisted", Boolean.TRUE).setHint("eclipselink.jdbc.bind-parameters", "TRUE")
                .setMaxResults((int) Math.min(free, Exercise.MAX_CAPACITY)).getResultList();
        for (Registration registration : next) {
            var before = registration.auditSnapshot();
            registration.promote();
            audit.changed(before, registration);
            if (registration.getUser() != null) {
                notifications.notify(registration.getUser(), "A place freed up: you are now registered for “"
                        + exercise.getTitle() + "” on " + exercise.getWindow().day() + ".",
                        "/exercises/view?id=" + exercise.getId());
            }
        }
        return next.size();
    }
}
