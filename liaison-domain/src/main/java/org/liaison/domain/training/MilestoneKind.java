package org.liaison.domain.training;

/** The HSEEP planning meetings, in the order they are held. */
public enum MilestoneKind {
    CONCEPT_AND_OBJECTIVES, INITIAL_PLANNING, MID_TERM_PLANNING, FINAL_PLANNING
}
