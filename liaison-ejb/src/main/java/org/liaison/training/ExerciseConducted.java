package org.liaison.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Fired (CDI event, inside the transaction that marks it) when an exercise is conducted. The feedback workflows
 * observe it to open the exercise's after-action review in the same transaction, so a conducted exercise never lacks
 * its review; training scheduling does not need to know how a review looks.
 *
 * @param exerciseId  the exercise
 * @param facilityId  the facility that ran it (the review's facility)
 * @param agencyIds   the participating agencies (the review's other side)
 * @param conductedOn the day it was conducted
 * @param title       the exercise's title (the review's title)
 */
public record ExerciseConducted(long exerciseId, long facilityId, List<Long> agencyIds, LocalDate conductedOn,
                                String title) implements Serializable {

    public ExerciseConducted {
        agencyIds = List.copyOf(agencyIds);
    }
}
