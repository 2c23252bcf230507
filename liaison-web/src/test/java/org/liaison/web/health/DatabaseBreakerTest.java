package org.liaison.web.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DatabaseBreakerTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final DatabaseBreaker breaker = new DatabaseBreaker(now::get);

    @Test
    void closedUntilARequestFindsTheDatabaseGone() {
        assertFalse(breaker.refuses());
        breaker.succeeded();
        assertFalse(breaker.inOutage());
    }

    @Test
    void anOutageTurnsRequestsAwayForAFewSecondsThenLetsOneTryAgain() {
        breaker.failed("sign-in", "ConnectException");
        assertTrue(breaker.refuses());
        now.addAndGet(DatabaseBreaker.OPEN_MILLIS - 1);
        assertTrue(breaker.refuses(), "still inside the window");
        now.addAndGet(1);
        assertFalse(breaker.refuses(), "the window is over: the next request tries the database");
        assertTrue(breaker.inOutage(), "but the outage is not over until a request reaches the database");
    }

    @Test
    void aFailedRetryOpensItAgainAndASuccessEndsTheOutage() {
        breaker.failed("sign-in", "ConnectException");
        now.addAndGet(DatabaseBreaker.OPEN_MILLIS);
        breaker.failed("api", "ConnectException");
        assertTrue(breaker.refuses());
        now.addAndGet(DatabaseBreaker.OPEN_MILLIS);
        breaker.succeeded();
        assertFalse(breaker.inOutage());
        assertFalse(breaker.refuses());
    }
}
