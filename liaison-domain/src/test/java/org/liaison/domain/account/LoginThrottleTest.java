package org.liaison.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 3, 2, 9, 0);

    private final LoginThrottle throttle = new LoginThrottle("officer");

    @Test
    void fiveWrongPasswordsWithinFifteenMinutesLockTheAccount() {
        fail(4, NINE, Duration.ofMinutes(3));
        assertFalse(throttle.isLocked(NINE.plusMinutes(12)), "four failures do not lock");

        throttle.recordFailure(NINE.plusMinutes(14).plusSeconds(59));

        assertTrue(throttle.isLocked(NINE.plusMinutes(15)));
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        fail(4, NINE, Duration.ofMinutes(3));

        throttle.recordFailure(NINE.plusMinutes(15));

        assertFalse(throttle.isLocked(NINE.plusMinutes(15)));
        assertEquals(1, throttle.getFailures(), "the fifth failure starts a new window");
    }

    @Test
    void aLockEndsFifteenMinutesAfterTheFailureThatCausedIt() {
        LocalDateTime lockedAt = NINE.plusMinutes(4);
        fail(5, NINE, Duration.ofMinutes(1));

        assertTrue(throttle.isLocked(lockedAt));
        assertTrue(throttle.isLocked(lockedAt.plus(LoginThrottle.LOCKOUT).minusSeconds(1)));
        assertFalse(throttle.isLocked(lockedAt.plus(LoginThrottle.LOCKOUT)));
        assertEquals(lockedAt.plusMinutes(15), throttle.getLockedUntil());
    }

    @Test
    void afterALockEndsOneMoreMistakeDoesNotLockAgain() {
        fail(5, NINE, Duration.ofMinutes(1));

        throttle.recordFailure(NINE.plusMinutes(20));

        assertFalse(throttle.isLocked(NINE.plusMinutes(20)));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        fail(4, NINE, Duration.ofMinutes(1));

        throttle.recordSuccess();
        throttle.recordFailure(NINE.plusMinutes(5));

        assertFalse(throttle.isLocked(NINE.plusMinutes(5)));
        assertEquals(1, throttle.getFailures());
    }

    private void fail(int times, LocalDateTime from, Duration apart) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(from.plus(apart.multipliedBy(i)));
        }
    }

    @org.junit.jupiter.api.Test
    void aSuccessHasSomethingToClearOnlyAfterAFailure() {
        LoginThrottle throttle = new LoginThrottle("officer");
        org.junit.jupiter.api.Assertions.assertFalse(throttle.hasFailures());
        throttle.recordFailure(java.time.LocalDateTime.of(2026, 11, 27, 9, 0));
        org.junit.jupiter.api.Assertions.assertTrue(throttle.hasFailures());
        throttle.recordSuccess();
        org.junit.jupiter.api.Assertions.assertFalse(throttle.hasFailures());
    }
}
