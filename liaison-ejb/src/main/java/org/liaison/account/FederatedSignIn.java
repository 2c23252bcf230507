package org.liaison.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.platform.DatabaseOutage;

/**
 * Single sign-on, after the hospital's provider has vouched for the person: the provider says who they are, Liaison
 * decides what they may do. An enabled account of that name signs in with its own roles; a person without one gets an
 * account at first sign-in only when one of their groups is mapped to a role; anyone else is refused, and so is a
 * disabled account. Runs before anyone is signed in, like {@link SignInService}.
 */
@Stateless
@PermitAll
public class FederatedSignIn {

    private static final Logger LOG = Logger.getLogger("org.liaison.security");

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @EJB
    AuditTrail audit;

    /** How a single sign-on ended. */
    public enum Outcome { SIGNED_IN, CREATED, UNKNOWN, DISABLED }

    public record Result(Outcome outcome, Set<String> groups) {
        public boolean signedIn() {
            return outcome == Outcome.SIGNED_IN || outcome == Outcome.CREATED;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result signIn(FederatedIdentity person, GroupRoles mapping, String address) {
        try {
            return decide(person, mapping, address);
        } catch (RuntimeException failure) {
            throw DatabaseOutage.translate(failure);
        }
    }

    private Result decide(FederatedIdentity person, GroupRoles mapping, String address) {
        UserAccount account = find(person.username());
        if (account != null) {
            if (!account.isEnabled()) {
                LOG.warning(() -> "event=sso.refused reason=disabled user=" + person.username() + " address=" + address);
                audit.action("LOGIN_FAILED", "UserAccount", account.getId(), person.username(), address);
                return new Result(Outcome.DISABLED, Set.of());
            }
            LOG.info(() -> "event=login.success via=sso user=" + person.username() + " address=" + address);
            audit.action("LOGIN", "UserAccount", account.getId(), person.username(), address);
            return new Result(Outcome.SIGNED_IN, account.groupNames());
        }
        GroupRoles.Grants grants = mapping.grantsFor(person.groups());
        Optional<UserAccount> created = grants.isEmpty() ? Optional.empty() : create(person, grants);
        if (created.isEmpty()) {
            LOG.warning(() -> "event=sso.refused reason=unknown user=" + person.username() + " groups="
                    + person.groups() + " address=" + address);
            return new Result(Outcome.UNKNOWN, Set.of());
        }
        LOG.info(() -> "event=sso.account-created user=" + person.username() + " roles=" + grants.roles()
                + " facilities=" + grants.facilityCodes() + " address=" + address);
        audit.created(created.get());
        audit.action("LOGIN", "UserAccount", created.get().getId(), person.username(), address);
        return new Result(Outcome.CREATED, created.get().groupNames());
    }

    /** The account from the group mapping; none when the name or the mapped facilities do not make a valid one. */
    private Optional<UserAccount> create(FederatedIdentity person, GroupRoles.Grants grants) {
        if (!person.username().matches("^[a-z0-9._-]{3,40}$")) {
            LOG.warning(() -> "event=sso.not-created reason=username user=" + person.username());
            return Optional.empty();
        }
        Set<Facility> facilities = new HashSet<>();
        if (!grants.facilityCodes().isEmpty()) {
            facilities.addAll(em.createQuery("select f from Facility f where upper(f.code) in :codes", Facility.class)
                    .setParameter("codes", grants.facilityCodes()).getResultList());
        }
        String name = person.displayName() == null || person.displayName().isBlank() ? person.username()
                : person.displayName().strip();
        UserAccount account = new UserAccount(person.username(), name.length() > 80 ? name.substring(0, 80) : name,
                person.email() != null && person.email().length() <= 120 ? person.email() : null);
        try {
            account.assign(grants.roles(), facilities, null);
        } catch (DomainRuleViolation refused) {
            LOG.warning(() -> "event=sso.not-created reason=" + refused.getMessage() + " user=" + person.username());
            return Optional.empty();
        }
        // No password: the account signs in through the hospital's provider until an administrator sets one.
        em.persist(account);
        em.flush();
        return Optional.of(account);
    }

    private UserAccount find(String username) {
        List<UserAccount> found = em.createQuery("select distinct u from UserAccount u left join fetch u.roles"
                + " where u.username = :name", UserAccount.class).setParameter("name", username).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
