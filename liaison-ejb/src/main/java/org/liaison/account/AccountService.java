package org.liaison.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.RequestOrigin;
import org.liaison.domain.account.PasswordPolicy;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;

/** Accounts: administrators create and manage them; everyone changes their own password. */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Validation validation;

    @Inject
    Caller caller;

    @Inject
    RequestOrigin origin;

    @EJB
    AuditTrail audit;

    @RolesAllowed(Role.ADMIN_)
    public Page<UserAccount> list(String search, PageRequest page) {
        String where = search == null || search.isBlank() ? ""
                : " where lower(u.username) like :q or lower(u.displayName) like :q";
        TypedQuery<UserAccount> query = em.createQuery("select u from UserAccount u" + where
                + " order by " + ("displayName".equals(page.sortField()) ? "lower(u.displayName)" : "lower(u.username)")
                + (page.ascending() ? " asc" : " desc") + ", u.id", UserAccount.class);
        TypedQuery<Long> count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        if (!where.isEmpty()) {
            String q = "%" + search.trim().toLowerCase(java.util.Locale.ROOT) + "%";
            query.setParameter("q", q);
            count.setParameter("q", q);
        }
        // Roles, facilities and partner agency of a whole page in one query each, not one per account.
        query.setHint("eclipselink.batch", "u.roles").setHint("eclipselink.batch", "u.facilities")
                .setHint("eclipselink.batch", "u.partnerAgency").setHint("eclipselink.batch.type", "IN");
        List<UserAccount> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        items.forEach(u -> u.getFacilities().size());
        return new Page<>(items, count.getSingleResult());
    }

    @RolesAllowed(Role.ADMIN_)
    public UserAccount find(Long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new RecordNotFound("UserAccount", id);
        }
        account.getFacilities().size();
        if (account.getPartnerAgency() != null) {
            account.getPartnerAgency().getName();
        }
        return account;
    }

    @RolesAllowed(Role.ADMIN_)
    public UserAccount create(AccountDetails details, String initialPassword) {
        UserAccount account = new UserAccount(normalise(details.username()), details.displayName(), details.email());
        validation.check(account);
        if (!em.createQuery("select u.id from UserAccount u where u.username = :name", Long.class)
                .setParameter("name", account.getUsername()).getResultList().isEmpty()) {
            throw InvalidInput.of("username", "This user name is taken.");
        }
        checkPassword(account.getUsername(), initialPassword, "password");
        assign(account, details);
        account.changePassword(hasher.hash(initialPassword), LocalDateTime.now());
        em.persist(account);
        em.flush();
        audit.created(account);
        return account;
    }

    @RolesAllowed(Role.ADMIN_)
    public UserAccount update(Long id, long version, AccountDetails details) {
        UserAccount account = find(id);
        if (account.getVersion() != version) {
            throw new StaleRecord("UserAccount", id);
        }
        Map<String, Object> before = account.auditSnapshot();
        account.setDisplayName(details.displayName());
        account.setEmail(details.email());
        validation.check(account);
        assign(account, details);
        audit.changed(before, account);
        return account;
    }

    /** Disabling ends the person's sessions: every request re-checks that the account is enabled. */
    @RolesAllowed(Role.ADMIN_)
    public UserAccount setEnabled(Long id, boolean enabled) {
        UserAccount account = find(id);
        if (!enabled && account.getUsername().equals(caller.username())) {
            throw InvalidInput.of("enabled", "You cannot disable your own account.");
        }
        Map<String, Object> before = account.auditSnapshot();
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.changed(before, account);
        return account;
    }

    @RolesAllowed(Role.ADMIN_)
    public void resetPassword(Long id, String newPassword) {
        UserAccount account = find(id);
        checkPassword(account.getUsername(), newPassword, "password");
        Map<String, Object> before = account.auditSnapshot();
        account.changePassword(hasher.hash(newPassword), LocalDateTime.now());
        audit.changed(before, account);
        audit.action("PASSWORD_RESET", "UserAccount", account.getId(), caller.username(), origin.address());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        // Every page's header asks this: one query with roles, facilities and partner agency.
        UserAccount account = em.createQuery("select distinct u from UserAccount u left join fetch u.roles"
                + " left join fetch u.facilities left join fetch u.partnerAgency where u.username = :name",
                UserAccount.class).setParameter("name", caller.username()).getSingleResult();
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw InvalidInput.of("currentPassword", "The current password is not correct.");
        }
        checkPassword(account.getUsername(), newPassword, "newPassword");
        Map<String, Object> before = account.auditSnapshot();
        account.changePassword(hasher.hash(newPassword), LocalDateTime.now());
        audit.changed(before, account);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Profile me() {
        // Every page's header asks this: one query with roles, facilities and partner agency.
        UserAccount account = em.createQuery("select distinct u from UserAccount u left join fetch u.roles"
                + " left join fetch u.facilities left join fetch u.partnerAgency where u.username = :name",
                UserAccount.class).setParameter("name", caller.username()).getSingleResult();
        List<String> facilityNames = account.getFacilities().stream().map(Facility::getName).sorted().toList();
        return new Profile(account.getUsername(), account.getDisplayName(), Set.copyOf(account.getRoles()),
                facilityNames, account.getPartnerAgency() == null ? null : account.getPartnerAgency().getName());
    }

    @RolesAllowed(Role.ADMIN_)
    public List<Facility> facilities() {
        return em.createQuery("select f from Facility f order by f.name", Facility.class).getResultList();
    }

    private void assign(UserAccount account, AccountDetails details) {
        Set<Facility> facilities = new HashSet<>();
        if (details.facilityIds() != null) {
            for (Long facilityId : details.facilityIds()) {
                Facility facility = em.find(Facility.class, facilityId);
                if (facility == null) {
                    throw InvalidInput.of("facilityIds", "Unknown facility " + facilityId + ".");
                }
                facilities.add(facility);
            }
        }
        Agency agency = null;
        if (details.partnerAgencyId() != null) {
            agency = em.find(Agency.class, details.partnerAgencyId());
            if (agency == null) {
                throw InvalidInput.of("partnerAgencyId", "Unknown agency.");
            }
        }
        account.assign(details.roles(), facilities, agency);
    }

    private static void checkPassword(String username, String password, String field) {
        PasswordPolicy.problem(username, password).ifPresent(problem -> {
            throw InvalidInput.of(field, switch (problem) {
                case "password.tooShort" -> "Use at least " + PasswordPolicy.MIN_LENGTH + " characters.";
                case "password.tooLong" -> "Use at most " + PasswordPolicy.MAX_LENGTH + " characters.";
                case "password.containsUsername" -> "The password must not contain the user name.";
                default -> "This password is too easy to guess; choose another.";
            });
        });
    }

    private static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
