package org.liaison.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * A request for free windows: where, how long, which agencies must be free, between which days.
 *
 * @param excludeExerciseId an exercise being moved (its own current time does not block it), or null
 */
public record SlotQuery(Long facilityId, String location, int durationMinutes, Set<Long> agencyIds, LocalDate from,
                        LocalDate to, Long excludeExerciseId, int limit) implements Serializable {

    public SlotQuery {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
    }
}
