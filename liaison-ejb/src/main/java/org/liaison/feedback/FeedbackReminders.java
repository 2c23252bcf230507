package org.liaison.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.feedback.ActionStatus;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.domain.feedback.Review;
import org.liaison.domain.feedback.ReviewStatus;
import org.liaison.notification.NotificationService;

/**
 * The daily reminders: owners of corrective actions due within 7 days or overdue (weekly while overdue), and the
 * facility's managers of reviews still in draft 14 days after the incident or exercise (once). Idempotent: each
 * record notes the day it reminded, so a second run on the same day reminds nobody.
 */
@Stateless
public class FeedbackReminders {

    private static final Logger LOG = Logger.getLogger(FeedbackReminders.class.getName());

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @EJB
    NotificationService notifications;

    /** Reminders sent by one run. */
    public record Run(LocalDate date, int actions, int reviews) {
    }

    /** The daily job's entry point (no caller); see {@link FeedbackDailyJob}. */
    @PermitAll
    public Run remind(LocalDate today) {
        List<CorrectiveAction> due = em.createQuery("select a from CorrectiveAction a join fetch a.review"
                        + " where a.owner is not null and a.status in :open and a.dueOn <= :horizon"
                        + " and (a.remindedOn is null or a.remindedOn <= :weekAgo)", CorrectiveAction.class)
                .setParameter("open", ActionStatus.OPEN).setParameter("horizon", today.plusDays(7))
                .setParameter("weekAgo", today.minusDays(7))
                // the owners and their roles (an eager collection) in one query each, not one per owner
                .setHint("eclipselink.batch", "a.owner").setHint("eclipselink.batch", "a.owner.roles")
                .setHint("eclipselink.batch.type", "IN").getResultList();
        int actions = 0;
        for (CorrectiveAction action : due) {
            if (action.remindOn(today)) {
                actions++;
                String when = action.isOverdue(today) ? "was due on " + action.getDueOn() + " and is overdue"
                        : "is due on " + action.getDueOn();
                notifications.notify(action.getOwner(), "Corrective action \"" + shorten(action.getAction()) + "\" "
                        + when + ".", "/action-items/mine");
            }
        }
        List<Review> drafts = em.createQuery("select r from Review r join fetch r.facility where r.status in :drafting"
                        + " and r.occurredOn <= :cutoff and r.draftRemindedOn is null", Review.class)
                .setParameter("drafting", List.of(ReviewStatus.OPENED, ReviewStatus.DRAFT))
                .setParameter("cutoff", today.minusDays(Review.DRAFT_REMINDER_DAYS)).getResultList();
        Map<Long, List<UserAccount>> managers = managersOf(drafts);
        int reviews = 0;
        for (Review review : drafts) {
            if (review.remindDraftOn(today)) {
                reviews++;
                managers.getOrDefault(review.getFacility().getId(), List.of()).forEach(m -> notifications.notify(m,
                        "Review \"" + review.getTitle() + "\" is still a draft " + Review.DRAFT_REMINDER_DAYS
                                + " days after " + review.getOccurredOn() + ".", "/reviews/view?id=" + review.getId()));
            }
        }
        Run run = new Run(today, actions, reviews);
        LOG.info(() -> "event=feedback.reminders date=" + today + " actions=" + run.actions() + " reviews="
                + run.reviews());
        return run;
    }

    /** An administrator runs the reminders now, with the same effect as the job (and the same once-a-day rule). */
    @RolesAllowed(Role.ADMIN_)
    public Run runNow(LocalDate today) {
        return remind(today);
    }

    /** The managers of the facilities of these reviews, in one query. */
    private Map<Long, List<UserAccount>> managersOf(List<Review> drafts) {
        if (drafts.isEmpty()) {
            return Map.of();
        }
        List<Long> facilities = drafts.stream().map(r -> r.getFacility().getId()).distinct().toList();
        List<Object[]> rows = em.createQuery("select f.id, u from UserAccount u join u.facilities f join u.roles ro"
                        + " where ro = :manager and u.enabled = true and f.id in :facilities", Object[].class)
                .setParameter("manager", Role.MANAGER).setParameter("facilities", facilities).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0],
                Collectors.mapping(r -> (UserAccount) r[1], Collectors.toList())));
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
