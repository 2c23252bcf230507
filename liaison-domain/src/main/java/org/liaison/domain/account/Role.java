package org.liaison.domain.account;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do in Liaison. The names are also the Jakarta Security groups and role names. */
public enum Role {
    ADMIN, DIRECTOR, MANAGER, OFFICER, PARTNER, AUDITOR;

    /** Constants for @RolesAllowed, which needs compile-time strings. */
    public static final String ADMIN_ = "ADMIN";
    public static final String DIRECTOR_ = "DIRECTOR";
    public static final String MANAGER_ = "MANAGER";
    public static final String OFFICER_ = "OFFICER";
    public static final String PARTNER_ = "PARTNER";
    public static final String AUDITOR_ = "AUDITOR";

    /** Roles that see every facility; the others see only the facilities assigned to them. */
    public static final Set<Role> SYSTEM_WIDE = EnumSet.of(ADMIN, DIRECTOR, AUDITOR);
}
