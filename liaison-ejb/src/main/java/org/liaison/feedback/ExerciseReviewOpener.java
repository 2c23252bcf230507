package org.liaison.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.feedback.Review;
import org.liaison.training.ExerciseConducted;

/**
 * Opens a conducted exercise's after-action review in the transaction that marks it conducted, so an exercise never
 * lacks its review. Hearing the same exercise twice opens nothing new.
 */
@Stateless
public class ExerciseReviewOpener {

    private static final Logger LOG = Logger.getLogger(ExerciseReviewOpener.class.getName());

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @EJB
    AuditTrail audit;

    /** Training checked who may conduct the exercise; this only follows from it. */
    @PermitAll
    public void exerciseConducted(@Observes ExerciseConducted event) {
        long existing = em.createQuery("select count(r) from Review r where r.exerciseId = :exercise", Long.class)
                .setParameter("exercise", event.exerciseId()).getSingleResult();
        if (existing > 0) {
            return;
        }
        Facility facility = em.getReference(Facility.class, event.facilityId());
        List<Agency> agencies = event.agencyIds().stream().map(id -> em.getReference(Agency.class, id)).toList();
        Review review = Review.ofExercise(event.exerciseId(), facility, agencies, event.conductedOn(), event.title(),
                LocalDateTime.now());
        em.persist(review);
        em.flush();
        audit.created(review);
        LOG.info(() -> "event=review.opened exercise=" + event.exerciseId() + " review=" + review.getId());
    }
}
