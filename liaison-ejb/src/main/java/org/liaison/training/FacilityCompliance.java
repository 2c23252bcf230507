package org.liaison.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.domain.training.ComplianceStatus;
import org.liaison.domain.training.ExerciseCompliance;

/**
 * One facility against the CMS exercise rule, with the exercises held in the last 12 months and how many had police.
 */
public record FacilityCompliance(Long facilityId, String facilityName, String facilityCode, ComplianceStatus status,
                                 LocalDate lapsesOn, List<ExerciseCompliance.Counted> counted, List<String> missing,
                                 long heldIn12Months, long heldWithPolice) implements Serializable {

    /** % of the exercises held in the last 12 months that had at least one police agency taking part. */
    public int percentWithPolice() {
        return heldIn12Months == 0 ? 0 : (int) Math.round(100.0 * heldWithPolice / heldIn12Months);
    }
}
