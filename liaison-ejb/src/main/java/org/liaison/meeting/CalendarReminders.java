package org.liaison.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.meeting.ActionItem;
import org.liaison.domain.meeting.ActionItemStatus;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.meeting.MeetingStatus;
import org.liaison.notification.NotificationService;

/**
 * The daily reminders: owners of action items due within three days and of overdue ones, and the managers of
 * meetings whose minutes are still not approved a week after they were held. Each reminder goes out once (the item
 * and the meeting remember it), so running twice on a day, or on two instances, tells nobody twice. Also plans
 * recurring series' occurrences up to their horizon.
 */
@Stateless
public class CalendarReminders {

    private static final Logger LOG = Logger.getLogger(CalendarReminders.class.getName());

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @EJB
    NotificationService notifications;

    @EJB
    MeetingService meetings;

    /** What one run did. */
    public record Run(LocalDate day, int dueSoon, int overdue, int minutesLate, int occurrencesPlanned)
            implements Serializable {
    }

    /** The daily job's entry point (no caller); see {@link CalendarDailyJob}. */
    @PermitAll
    public Run send(LocalDate today) {
        int dueSoon = 0;
        int overdue = 0;
        // an item already told it is overdue has nothing more to be told: leave those (most of a long backlog) unread
        List<ActionItem> pending = em.createQuery("select i from ActionItem i where i.ownerUser is not null"
                        + " and i.status in :pending and i.dueOn <= :soon"
                        + " and (i.overdueRemindedFor is null or i.overdueRemindedFor <> i.dueOn)", ActionItem.class)
                .setParameter("pending", ActionItemStatus.PENDING)
                .setParameter("soon", today.plusDays(ActionItem.DUE_SOON_DAYS))
                .setHint("eclipselink.batch", "i.ownerUser").setHint("eclipselink.batch", "i.ownerUser.roles")
                .setHint("eclipselink.batch.type", "IN").getResultList();
        for (ActionItem item : pending) {
            if (item.remindDueSoon(today)) {
                dueSoon++;
                notifications.notify(item.getOwnerUser(), "Action item \"" + item.getTitle() + "\" is due on "
                        + item.getDueOn() + ".", "/action-items/view?id=" + item.getId());
            } else if (item.remindOverdue(today)) {
                overdue++;
                notifications.notify(item.getOwnerUser(), "Action item \"" + item.getTitle() + "\" is overdue: it was"
                        + " due on " + item.getDueOn() + ".", "/action-items/view?id=" + item.getId());
            }
        }
        List<Meeting> late = em.createQuery("select m from Meeting m join fetch m.facility where m.status = :held"
                        + " and m.minutesReminderSent = false and m.startsAt < :weekAgo", Meeting.class)
                .setParameter("held", MeetingStatus.HELD)
                .setParameter("weekAgo", today.minusDays(Meeting.MINUTES_APPROVAL_DAYS - 1L).atStartOfDay())
                .getResultList();
        Map<Long, List<UserAccount>> managers = late.isEmpty() ? Map.of() : managersOf(late);
        int minutesLate = 0;
        for (Meeting meeting : late) {
            if (meeting.isMinutesApprovalOverdue(today) && meeting.remindAboutMinutes()) {
                minutesLate++;
                for (UserAccount manager : managers.getOrDefault(meeting.getFacility().getId(), List.of())) {
                    notifications.notify(manager, "The minutes of \"" + meeting.getTitle() + "\" ("
                            + meeting.getStartsAt().toLocalDate() + ") are still not approved.",
                            "/meetings/view?id=" + meeting.getId());
                }
            }
        }
        int planned = meetings.extendSeries(today);
        Run run = new Run(today, dueSoon, overdue, minutesLate, planned);
        LOG.info(() -> "event=calendar.reminders date=" + today + " dueSoon=" + run.dueSoon() + " overdue="
                + run.overdue() + " minutesLate=" + run.minutesLate() + " occurrencesPlanned=" + run.occurrencesPlanned());
        return run;
    }

    /** An administrator runs the reminders now, with the same effect as the job (and the same once-only promise). */
    @RolesAllowed(Role.ADMIN_)
    public Run runNow(LocalDate today) {
        return send(today);
    }

    private Map<Long, List<UserAccount>> managersOf(List<Meeting> late) {
        List<Long> facilityIds = late.stream().map(m -> m.getFacility().getId()).distinct().toList();
        List<Object[]> rows = em.createQuery("select f.id, u from UserAccount u join u.facilities f join u.roles r"
                        + " where r = :manager and u.enabled = true and f.id in :facilities", Object[].class)
                .setParameter("manager", Role.MANAGER).setParameter("facilities", facilityIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0],
                Collectors.mapping(r -> (UserAccount) r[1], Collectors.toList())));
    }
}
