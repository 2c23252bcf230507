package org.liaison.feedback;

import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.feedback.IncidentCategory;

/**
 * What an incident list asks for; every field may be null (no condition). {@code reviewState} is one of
 * NEEDS_REVIEW (required, neither opened nor waived), REVIEWED (a review exists) or WAIVED.
 */
public record IncidentFilter(Long facilityId, Long agencyId, LocalDate from, LocalDate to, IncidentCategory category,
        ReviewState reviewState) implements Serializable {

    public enum ReviewState { NEEDS_REVIEW, REVIEWED, WAIVED }

    public static IncidentFilter none() {
        return new IncidentFilter(null, null, null, null, null, null);
    }
}
