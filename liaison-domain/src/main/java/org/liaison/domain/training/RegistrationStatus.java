package org.liaison.domain.training;

import java.util.EnumSet;
import java.util.Set;

/** registered → confirmed → attended | no-show | cancelled. */
public enum RegistrationStatus {
    REGISTERED, CONFIRMED, ATTENDED, NO_SHOW, CANCELLED;

    /** Holding a place (or a place on the waitlist). */
    public static final Set<RegistrationStatus> ACTIVE = EnumSet.of(REGISTERED, CONFIRMED, ATTENDED);
}
