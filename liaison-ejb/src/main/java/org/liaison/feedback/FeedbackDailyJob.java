package org.liaison.feedback;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.liaison.platform.ClusterLock;

/**
 * The feedback reminders, once a day per cluster: every instance's timer fires; the one that wins the day's lease
 * sends them and keeps the lease until midnight, so the others skip.
 */
@Singleton
public class FeedbackDailyJob {

    private static final Logger LOG = Logger.getLogger(FeedbackDailyJob.class.getName());

    @EJB
    ClusterLock lock;

    @EJB
    FeedbackReminders reminders;

    @Schedule(hour = "6", minute = "30", persistent = false)
    void remind() {
        LocalDateTime now = LocalDateTime.now();
        Duration untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay());
        if (!lock.tryAcquire("feedback-reminders", untilMidnight)) {
            LOG.info("event=job.skipped job=feedback-reminders reason=another-instance-ran-it");
            return;
        }
        reminders.remind(LocalDate.now());
    }
}
