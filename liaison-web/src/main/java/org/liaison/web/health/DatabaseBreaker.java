package org.liaison.web.health;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Remembers a database outage for a few seconds, so that the requests of an outage answer 503 at once instead of
 * each waiting for its own failed connection attempt, and the log says once that the database went away and once
 * that it came back (with how long and how many requests were turned away), instead of a stack trace per request.
 *
 * One per process (Payara Micro runs one application), shared by the authentication mechanism, which asks it before
 * every database read of a request, and the API's problem mapper. After the window the next request tries the
 * database again: if that fails, the window starts over; if it succeeds, the outage is over.
 */
public final class DatabaseBreaker {

    /** How long a failed attempt keeps the breaker open: well below the Retry-After of 30 s sent to clients. */
    public static final long OPEN_MILLIS = 5_000;

    private static final Logger LOG = Logger.getLogger(DatabaseBreaker.class.getName());
    private static final DatabaseBreaker PROCESS = new DatabaseBreaker(System::currentTimeMillis);

    private final LongSupplier clock;
    /** Until when requests are turned away without trying; 0 when closed. */
    private final AtomicLong openUntil = new AtomicLong();
    /** When the current outage was first seen; 0 when there is none. */
    private final AtomicLong outageSince = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    DatabaseBreaker(LongSupplier clock) {
        this.clock = clock;
    }

    public static DatabaseBreaker process() {
        return PROCESS;
    }

    /** True while a recent attempt failed: answer 503 without touching the database (counted as refused). */
    public boolean refuses() {
        if (clock.getAsLong() < openUntil.get()) {
            refused.incrementAndGet();
            return true;
        }
        return false;
    }

    /** A request found the database unreachable: open for {@link #OPEN_MILLIS}; logs only the start of an outage. */
    public void failed(String where, String reason) {
        long now = clock.getAsLong();
        openUntil.set(now + OPEN_MILLIS);
        refused.incrementAndGet();
        if (outageSince.compareAndSet(0, now)) {
            LOG.warning(() -> "event=db.unavailable where=" + where + " reason=" + reason
                    + " action=answer-503-retry-every-" + OPEN_MILLIS / 1000 + "s");
        }
    }

    /** A request reached the database: ends an outage, if there was one, with one line. */
    public void succeeded() {
        long since = outageSince.get();
        if (since != 0 && outageSince.compareAndSet(since, 0)) {
            openUntil.set(0);
            long turnedAway = refused.getAndSet(0);
            long millis = clock.getAsLong() - since;
            LOG.info(() -> "event=db.available outage_ms=" + millis + " requests_refused=" + turnedAway);
        }
    }

    boolean inOutage() {
        return outageSince.get() != 0;
    }
}
