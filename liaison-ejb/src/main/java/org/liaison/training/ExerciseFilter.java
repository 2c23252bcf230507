package org.liaison.training;

import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.training.ExerciseStatus;
import org.liaison.domain.training.HseepType;

/**
 * What an exercise list is filtered by; every part optional.
 *
 * @param upcoming        only exercises not yet held or cancelled
 * @param heldSince       only exercises held on or after this day
 * @param withPolice      only exercises with at least one police agency taking part
 * @param openToMyAgency  (partners) only upcoming exercises with free places on the agency side
 */
public record ExerciseFilter(Long facilityId, Long agencyId, ExerciseStatus status, HseepType type, LocalDate from,
                             LocalDate to, boolean upcoming, LocalDate heldSince, Boolean withPolice,
                             boolean openToMyAgency) implements Serializable {

    public static ExerciseFilter none() {
        return new ExerciseFilter(null, null, null, null, null, null, false, null, null, false);
    }
}
