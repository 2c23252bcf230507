package org.liaison.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A lease on a named row of cluster_lock. Exactly one instance wins the conditional update, so work guarded by it
 * (a daily job, seeding demo data) runs once per cluster even when every instance fires at the same moment.
 */
@Stateless
// Infrastructure for startup and timers only: no page or API resource reaches it, and timers run without a caller.
@jakarta.annotation.security.PermitAll
public class ClusterLock {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean tryAcquire(String name, Duration lease) {
        LocalDateTime now = LocalDateTime.now();
        int updated = em.createNativeQuery("update cluster_lock set locked_until = ?1, holder = ?2"
                        + " where name = ?3 and (locked_until is null or locked_until < ?4)")
                .setParameter(1, now.plus(lease))
                .setParameter(2, ManagementFactory.getRuntimeMXBean().getName())
                .setParameter(3, name)
                .setParameter(4, now)
                .executeUpdate();
        return updated == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String name) {
        em.createNativeQuery("update cluster_lock set locked_until = null, holder = null where name = ?1")
                .setParameter(1, name).executeUpdate();
    }
}
