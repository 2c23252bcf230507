package org.liaison.domain.training;

/** HSEEP's two families of exercise; derived from the {@link HseepType}. */
public enum ExerciseCategory {
    DISCUSSION_BASED, OPERATIONS_BASED
}
