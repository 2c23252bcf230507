package org.liaison.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.liaison.domain.training.MilestoneKind;
import org.liaison.domain.training.TimeWindow;

/**
 * The parts of an exercise that name other records or move it in time, resolved and checked by the service.
 *
 * @param agencies        participating agency id → its point of contact's id (or null)
 * @param overrideReason  a manager's reason to go ahead despite conflicts, or null to be told about them
 */
public record ExercisePlan(Long facilityId, String location, TimeWindow window, Map<Long, Long> agencies,
                           Long leadPlannerId, Map<MilestoneKind, LocalDate> milestones, String overrideReason)
        implements Serializable {
}
