package org.liaison.sharing;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.liaison.platform.ClusterLock;

/** Bulletins past their valid-until date expire, once a day per cluster (the instance holding the day's lease). */
@Singleton
public class BulletinDailyJob {

    private static final Logger LOG = Logger.getLogger(BulletinDailyJob.class.getName());

    @EJB
    ClusterLock lock;

    @EJB
    BulletinService bulletins;

    @Schedule(hour = "1", minute = "25", persistent = false)
    void expireBulletins() {
        LocalDateTime now = LocalDateTime.now();
        Duration untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay());
        if (!lock.tryAcquire("bulletin-calendar", untilMidnight)) {
            LOG.info("event=job.skipped job=bulletin-calendar reason=another-instance-ran-it");
            return;
        }
        int expired = bulletins.expire(LocalDate.now());
        LOG.info(() -> "event=job.done job=bulletin-calendar expired=" + expired);
    }
}
