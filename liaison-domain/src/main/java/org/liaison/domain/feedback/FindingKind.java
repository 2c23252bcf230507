package org.liaison.domain.feedback;

/** What went right, what could be improved, and what was simply noticed. */
public enum FindingKind {
    STRENGTH, AREA_FOR_IMPROVEMENT, OBSERVATION
}
