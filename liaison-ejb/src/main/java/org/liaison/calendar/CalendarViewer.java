package org.liaison.calendar;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.facility.Facility;
import org.liaison.security.Caller;

/**
 * The person a calendar is for, with what they may see: the signed-in caller on the calendar page, the feed's owner
 * when a calendar client fetches a feed (no one is signed in then). Sources scope their queries by this, not by the
 * request's caller.
 */
public record CalendarViewer(Long userId, Set<Role> roles, Set<Long> facilityIds, Long partnerAgencyId)
        implements Serializable {

    public CalendarViewer {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        facilityIds = Set.copyOf(facilityIds);
    }

    public static CalendarViewer of(Caller caller) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (caller.has(role)) {
                roles.add(role);
            }
        }
        return new CalendarViewer(caller.userId(), roles, caller.facilityIds(), caller.partnerAgencyId());
    }

    public static CalendarViewer of(UserAccount user) {
        return new CalendarViewer(user.getId(), user.getRoles(),
                user.getFacilities().stream().map(Facility::getId).collect(java.util.stream.Collectors.toSet()),
                user.getPartnerAgency() == null ? null : user.getPartnerAgency().getId());
    }

    public boolean seesAllFacilities() {
        return roles.stream().anyMatch(Role.SYSTEM_WIDE::contains);
    }

    public boolean isPartner() {
        return roles.contains(Role.PARTNER) && !seesAllFacilities();
    }

    public boolean seesFacility(Long facilityId) {
        return !isPartner() && (seesAllFacilities() || facilityIds.contains(facilityId));
    }

    /** Managers, directors and administrators plan and move things; others look. */
    public boolean plans() {
        return roles.contains(Role.MANAGER) || roles.contains(Role.DIRECTOR) || roles.contains(Role.ADMIN);
    }

    /** The facility ids for a query's "in (...)", never empty. */
    public Set<Long> facilityIdsForQuery() {
        return facilityIds.isEmpty() ? Set.of(-1L) : facilityIds;
    }

    /**
     * A JPQL condition scoping records of one facility that name agencies: staff by the record's facility (directors,
     * auditors and administrators all), a partner by their agency among the record's agencies. Then {@link #bind}.
     *
     * @param entity   the record's entity name, e.g. Meeting
     * @param alias    its alias in the query, e.g. m
     * @param agencies its collection of agencies, e.g. agencies
     */
    public String condition(String entity, String alias, String agencies) {
        if (seesAllFacilities()) {
            return "1 = 1";
        }
        if (isPartner()) {
            return "exists (select va.id from " + entity + " vr join vr." + agencies + " va where vr = " + alias
                    + " and va.id = :viewerAgency)";
        }
        return alias + ".facility.id in :viewerFacilities";
    }

    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        Set<String> names = query.getParameters().stream().map(jakarta.persistence.Parameter::getName)
                .collect(java.util.stream.Collectors.toSet());
        if (names.contains("viewerFacilities")) {
            query.setParameter("viewerFacilities", facilityIdsForQuery());
        }
        if (names.contains("viewerAgency")) {
            query.setParameter("viewerAgency", partnerAgencyId);
        }
        return query;
    }
}
