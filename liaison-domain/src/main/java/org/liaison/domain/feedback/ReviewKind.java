package org.liaison.domain.feedback;

/** An after-incident debrief or an exercise's after-action review: one model, two origins. */
public enum ReviewKind {
    INCIDENT_DEBRIEF, EXERCISE_AAR
}
