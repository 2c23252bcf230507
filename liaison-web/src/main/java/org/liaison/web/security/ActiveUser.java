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

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private final java.util.Map<String, Boolean> roles = new java.util.HashMap<>();

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

    /**
     * Asked about fifteen times per page by the layout; each answer is kept for the request, and asked of the servlet
     * request, since Jakarta Security's isCallerInRole first looks for an EJB context that a page never has (three
     * exceptions per call, ~8 % of a page's time in the benchmark).
     */
    public boolean is(String role) {
        return roles.computeIfAbsent(role, request::isUserInRole);
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
