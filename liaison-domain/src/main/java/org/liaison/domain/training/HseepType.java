package org.liaison.domain.training;

/**
 * The HSEEP exercise types. Whether an exercise is discussion-based or operations-based follows from its type, so it
 * is never stored or chosen separately.
 */
public enum HseepType {
    SEMINAR(false), WORKSHOP(false), TABLETOP(false), GAME(false), DRILL(true), FUNCTIONAL(true), FULL_SCALE(true);

    private final boolean operationsBased;

    HseepType(boolean operationsBased) {
        this.operationsBased = operationsBased;
    }

    public boolean isOperationsBased() {
        return operationsBased;
    }

    public boolean isDiscussionBased() {
        return !operationsBased;
    }

    public ExerciseCategory category() {
        return operationsBased ? ExerciseCategory.OPERATIONS_BASED : ExerciseCategory.DISCUSSION_BASED;
    }
}
