package org.liaison.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.liaison.account.AccountService;
import org.liaison.account.Profile;
import org.liaison.domain.account.Role;

/** What pages ask about the signed-in person: who they are and what they may do. */
@Named
@RequestScoped
public class ActiveUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Profile profile;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Profile getProfile() {
        if (profile == null && isSignedIn()) {
            profile = accounts.me();
        }
        return profile;
    }

    public boolean is(String role) {
        return security.isCallerInRole(role);
    }

    /** Managers, directors and administrators change directory records (services still check scope). */
    public boolean isEditor() {
        return is(Role.MANAGER_) || is(Role.DIRECTOR_) || is(Role.ADMIN_);
    }

    public boolean isAuditReader() {
        return is(Role.ADMIN_) || is(Role.AUDITOR_);
    }

    public boolean isStaff() {
        return isSignedIn() && !is(Role.PARTNER_);
    }
}
