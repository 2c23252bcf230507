package org.liaison.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.Bookkeeping;

/**
 * Failed sign-ins for one user name. Kept in the database so a lockout holds across restarts and across every
 * instance of a cluster. After {@value #MAX_FAILURES} failures within the window, sign-in is refused for the
 * lockout period, whatever the password.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends BaseEntity implements Bookkeeping {

    private static final long serialVersionUID = 1L;

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Column(name = "username", nullable = false, length = 120, unique = true)
    private String username;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_start")
    private LocalDateTime windowStart;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    public LoginThrottle() {
    }

    public LoginThrottle(String username) {
        this.username = username;
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the fifth within the window locks the account name. */
    public void recordFailure(LocalDateTime now) {
        if (windowStart == null || !now.isBefore(windowStart.plus(WINDOW))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCKOUT);
            windowStart = null;
            failures = 0;
        }
    }

    /** Whether a success has anything to clear: failures counted or a lockout on record. */
    public boolean hasFailures() {
        return failures > 0 || windowStart != null || lockedUntil != null;
    }

    public void recordSuccess() {
        failures = 0;
        windowStart = null;
        lockedUntil = null;
    }

    public String getUsername() { return username; }
    public int getFailures() { return failures; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
}
