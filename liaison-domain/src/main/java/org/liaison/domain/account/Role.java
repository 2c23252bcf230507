package org.liaison.domain.account;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do in Liaison. The names are also the Jakarta Security groups and role names. */
public enum Role {
    ADMIN, DIRECTOR, MANAGER, OFFICER, PARTNER, AUDITOR,
    /**
     * The intranet portal's server: reads only what the portal shows (who to call, a facility's board summary, a
     * staff member's open action items and joint trainings) for every hospital. Usually a bearer token of the hospital's provider; a local account with it has no other role.
     */
    PORTAL;

    /** Constants for @RolesAllowed, which needs compile-time strings. */
    public static final String ADMIN_ = "ADMIN";
    public static final String DIRECTOR_ = "DIRECTOR";
    public static final String MANAGER_ = "MANAGER";
    public static final String OFFICER_ = "OFFICER";
    public static final String PARTNER_ = "PARTNER";
    public static final String AUDITOR_ = "AUDITOR";
    public static final String PORTAL_ = "PORTAL";

    /**
     * Roles that see every facility; the others see only the facilities assigned to them. The portal reads for every
     * hospital, but only where a service names its role.
     */
    public static final Set<Role> SYSTEM_WIDE = EnumSet.of(ADMIN, DIRECTOR, AUDITOR, PORTAL);
}
