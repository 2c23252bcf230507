package org.liaison.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liaison.domain.account.Role;

/**
 * The signed-in person and what they may see: their roles, their facilities, and for partners their agency.
 * Loaded once per request from the database, so a change of roles or facilities applies at once.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext securityContext;

    @Inject
    EntityManager em;

    private boolean loaded;
    private String username;
    private Long userId;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private final Set<Long> facilityIds = new HashSet<>();
    private Long partnerAgencyId;

    public String username() {
        load();
        return username;
    }

    public Long userId() {
        load();
        return userId;
    }

    public boolean has(Role role) {
        load();
        return roles.contains(role);
    }

    public boolean hasAny(Role... anyOf) {
        load();
        for (Role role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Directors, auditors and administrators see every facility. */
    public boolean seesAllFacilities() {
        load();
        return roles.stream().anyMatch(Role.SYSTEM_WIDE::contains);
    }

    public boolean isPartner() {
        load();
        return roles.contains(Role.PARTNER) && !seesAllFacilities();
    }

    public Set<Long> facilityIds() {
        load();
        return Set.copyOf(facilityIds);
    }

    /**
     * The caller's facility ids for a query's "in (...)": never empty, because "in ()" is not valid SQL — an id no
     * facility has stands in for "none".
     */
    public Set<Long> facilityIdsForQuery() {
        Set<Long> ids = facilityIds();
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    public Long partnerAgencyId() {
        load();
        return partnerAgencyId;
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return;
        }
        username = principal.getName();
        // One query: a row per (role, facility) pair, a handful at most.
        List<Object[]> rows = em.createQuery("select u.id, p.id, r, f.id from UserAccount u left join u.partnerAgency p"
                        + " left join u.roles r left join u.facilities f where u.username = :name", Object[].class)
                .setParameter("name", username).getResultList();
        for (Object[] row : rows) {
            userId = (Long) row[0];
            partnerAgencyId = (Long) row[1];
            if (row[2] != null) {
                roles.add((Role) row[2]);
            }
            if (row[3] != null) {
                facilityIds.add((Long) row[3]);
            }
        }
        // The portal's server signs in with a bearer token and has no account: its one role is the token's.
        if (rows.isEmpty() && securityContext.isCallerInRole(Role.PORTAL_)) {
            roles.add(Role.PORTAL);
        }
    }
}
