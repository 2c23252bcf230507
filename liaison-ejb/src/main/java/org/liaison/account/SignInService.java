package org.liaison.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.LoginThrottle;
import org.liaison.domain.account.UserAccount;
import org.liaison.platform.DatabaseOutage;

/**
 * Checks a user name and password, keeping count of failures per user name in the database. Every refusal looks
 * the same to the caller (wrong password, unknown user, disabled, locked), so nothing is learnt by guessing.
 */
@Stateless
@PermitAll
public class SignInService {

    private static final Logger LOG = Logger.getLogger("org.liaison.security");

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    CredentialCache cache;

    @EJB
    AuditTrail audit;

    @Inject
    org.liaison.platform.ApplicationMetrics metrics;

    /** The account's groups when the credentials are right and the account may sign in; empty otherwise. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Set<String>> verify(String username, String password, String address) {
        try {
            return check(username, password, address);
        } catch (RuntimeException failure) {
            throw DatabaseOutage.translate(failure);
        }
    }

    private Optional<Set<String>> check(String username, String password, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (name.isEmpty() || name.length() > 120 || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now();
        // read without a lock: a good sign-in of an account with no failures writes nothing, so the portal's
        // parallel calls as one account do not queue on one row
        LoginThrottle throttle = throttle(name, false);
        if (throttle != null && throttle.isLocked(now)) {
            hasher.refuseInConstantTime(password);
            metrics.signIn("locked");
            LOG.warning(() -> "event=login.refused reason=locked user=" + name + " address=" + address);
            return Optional.empty();
        }
        UserAccount account = findAccount(name);
        boolean ok = account != null && account.canSignIn() ? passwordMatches(account, password)
                : hasher.refuseInConstantTime(password);
        if (!ok) {
            LoginThrottle counted = throttleToCount(name);
            if (counted == null) {
                metrics.signIn("failed");
                return Optional.empty();
            }
            counted.recordFailure(now);
            boolean lockedNow = counted.isLocked(now);
            metrics.signIn("failed");
            LOG.warning(() -> "event=login.failed user=" + name + " address=" + address + " locked=" + lockedNow);
            audit.action(lockedNow ? "LOCKOUT" : "LOGIN_FAILED", "UserAccount",
                    account == null ? null : account.getId(), name, address);
            return Optional.empty();
        }
        if (throttle != null && throttle.hasFailures()) {
            throttle(name, true).recordSuccess();
        }
        metrics.signIn("success");
        return Optional.of(account.groupNames());
    }

    /** The groups of an enabled account, re-read on every request of a session so that disabling takes effect. */
    public Optional<Set<String>> activeGroups(String username) {
        try {
            UserAccount account = findAccount(username);
            return account != null && account.isEnabled() ? Optional.of(account.groupNames()) : Optional.empty();
        } catch (RuntimeException failure) {
            throw DatabaseOutage.translate(failure);
        }
    }

    public void recordSignIn(String username, String address) {
        try {
            UserAccount account = findAccount(username);
            LOG.info(() -> "event=login.success user=" + username + " address=" + address);
            audit.action("LOGIN", "UserAccount", account == null ? null : account.getId(), username, address);
        } catch (RuntimeException failure) {
            throw DatabaseOutage.translate(failure);
        }
    }

    private boolean passwordMatches(UserAccount account, String password) {
        if (cache.remembers(account.getUsername(), password, account.getPasswordHash())) {
            return true;
        }
        boolean matches = hasher.matches(password, account.getPasswordHash());
        if (matches) {
            cache.remember(account.getUsername(), password, account.getPasswordHash());
        }
        return matches;
    }

    private UserAccount findAccount(String username) {
        List<UserAccount> found = em.createQuery("select distinct u from UserAccount u left join fetch u.roles"
                + " where u.username = :name", UserAccount.class).setParameter("name", username).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private LoginThrottle throttle(String username, boolean forUpdate) {
        var query = em.createQuery("select t from LoginThrottle t where t.username = :name", LoginThrottle.class)
                .setParameter("name", username);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        List<LoginThrottle> found = query.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The row a failure is counted on, locked; null when two first failures of one user name raced to create it and
     * this one lost (the unique user name refused it, so this transaction rolls back: the sign-in is refused all the
     * same and that one failure goes uncounted, rather than answering a server error).
     */
    private LoginThrottle throttleToCount(String username) {
        LoginThrottle throttle = throttle(username, true);
        if (throttle != null) {
            return throttle;
        }
        throttle = new LoginThrottle(username);
        try {
            em.persist(throttle);
            em.flush();
            return throttle;
        } catch (jakarta.persistence.PersistenceException lostTheRace) {
            LOG.info(() -> "event=login.throttle-race user=" + username);
            return null;
        }
    }
}
