package org.liaison.meeting;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.liaison.platform.ClusterLock;

/**
 * The calendar's daily reminders, once per cluster: every instance's timer fires, the one that wins the day's lease
 * sends them and keeps the lease until midnight.
 */
@Singleton
public class CalendarDailyJob {

    private static final Logger LOG = Logger.getLogger(CalendarDailyJob.class.getName());

    @EJB
    ClusterLock lock;

    @EJB
    CalendarReminders reminders;

    @Schedule(hour = "6", minute = "30", persistent = false)
    void remind() {
        LocalDateTime now = LocalDateTime.now();
        Duration untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay());
        if (!lock.tryAcquire("calendar-reminders", untilMidnight)) {
            LOG.info("event=job.skipped job=calendar-reminders reason=another-instance-ran-it");
            return;
        }
        reminders.send(LocalDate.now());
    }
}
