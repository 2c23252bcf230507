package org.liaison.agreement;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.liaison.platform.ClusterLock;

/**
 * The agreement calendar, once a day per cluster. Every instance's timer fires; the one that wins the day's lease does the
 * work and keeps the lease until midnight, so the others skip.
 */
@Singleton
public class AgreementDailyJob {

    private static final Logger LOG = Logger.getLogger(AgreementDailyJob.class.getName());

    @EJB
    ClusterLock lock;

    @EJB
    AgreementCalendar agreements;

    @Schedule(hour = "1", minute = "15", persistent = false)
    void agreementCalendar() {
        LocalDateTime now = LocalDateTime.now();
        Duration untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay());
        if (!lock.tryAcquire("agreement-calendar", untilMidnight)) {
            LOG.info("event=job.skipped job=agreement-calendar reason=another-instance-ran-it");
            return;
        }
        agreements.apply(LocalDate.now());
    }
}
