package org.liaison.training;

import org.liaison.security.Caller;
import org.liaison.security.Scope;

/** Which exercises a caller reads, as a query condition: staff by facility, a partner by a participating agency. */
public final class ExerciseScope {

    private ExerciseScope() {
    }

    /** The condition on {@code exercise} (an alias or path); bind the query with {@link Scope#bind}. */
    public static String condition(Caller caller, Scope scope, String exercise) {
        if (caller.isPartner()) {
            return "exists (select sa.id from ExerciseAgency sa where sa.exercise = " + exercise
                    + " and sa.agency.id = " + caller.partnerAgencyId() + ")";
        }
        return scope.byFacility(exercise + ".facility.id");
    }
}
