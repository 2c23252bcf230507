package org.liaison.domain.training;

import java.util.EnumSet;
import java.util.Set;

/** An exercise's lifecycle: proposed → planning → scheduled → conducted → after-action → closed; or cancelled. */
public enum ExerciseStatus {
    PROPOSED, PLANNING, SCHEDULED, CONDUCTED, AFTER_ACTION, CLOSED, CANCELLED;

    /** Not yet held: its time can still move and people can still register. */
    public static final Set<ExerciseStatus> UPCOMING = EnumSet.of(PROPOSED, PLANNING, SCHEDULED);
    /** Held: it happened, whatever the state of its after-action review. */
    public static final Set<ExerciseStatus> HELD = EnumSet.of(CONDUCTED, AFTER_ACTION, CLOSED);
}
