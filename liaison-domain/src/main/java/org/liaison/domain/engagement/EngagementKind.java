package org.liaison.domain.engagement;

/** The kinds of touchpoint with an agency; each resets the relationship's cadence clock. */
public enum EngagementKind {
    CALL, VISIT, MEETING, COMMUNITY_EVENT, EXERCISE, OTHER
}
