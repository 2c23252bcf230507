package org.liaison.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.liaison.platform.ClusterLock;
import org.liaison.platform.Settings;

/**
 * At startup, after the migrations: seeds the demo data set into an empty database in demo mode, or creates the
 * first administrator from LIAISON_ADMIN_USER / LIAISON_ADMIN_PASSWORD outside it. A database lock makes sure only
 * one instance of a cluster does either.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String LOCK = "demo-data";

    @Inject
    Settings settings;

    @EJB
    ClusterLock lock;

    @EJB
    DemoDataLoader loader;

    @PostConstruct
    void seedOnFirstStart() {
        if (!lock.tryAcquire(LOCK, Duration.ofMinutes(15))) {
            LOG.info("event=demo.skipped reason=another-instance-is-seeding");
            return;
        }
        try {
            if (settings.demoMode()) {
                if (loader.seedIfEmpty()) {
                    giveBackTheSeedsMemory();
                }
            } else {
                loader.createFirstAdministrator();
            }
        } finally {
            lock.release(LOCK);
        }
    }

    /**
     * The demo load writes its rows (300,000 at ten times the data) in one transaction, and the heap grows to hold
     * them. The serial collector gives memory back to the operating system only after full collections, and damps
     * it for programs that collect between phases: nothing after the first, 10 % of the excess after the second,
     * 40 % after the third, all of it after the fourth. So four, once, before anyone signs in (scale 10: 770 -> 583 MB
     * resident). Under load the heap keeps the damping, which keeps it from shrinking and regrowing at every
     * collection. Only on the start that seeded.
     */
    private static void giveBackTheSeedsMemory() {
        for (int collection = 0; collection < 4; collection++) {
            System.gc();
        }
    }
}
