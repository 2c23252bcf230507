package org.liaison.meeting;

import org.liaison.security.Scope;

/**
 * Which meetings a caller reads, as a query condition: staff by the meeting's facility, a partner by their agency among
 * the meeting's agencies. Whether a reader may also see its title and minutes is its TLP label's to say.
 */
public final class MeetingScope {

    private MeetingScope() {
    }

    /** The condition on {@code meeting} (an alias); bind the query with {@link Scope#bind}. */
    public static String condition(Scope scope, String meeting) {
        return scope.byFacilityOrAgency(meeting + ".facility.id", null).equals("1 = 0")
                ? "exists (select pa.id from Meeting pm join pm.agencies pa where pm = " + meeting
                        + " and pa.id = :scopeAgencyId)"
                : scope.byFacility(meeting + ".facility.id");
    }
}
