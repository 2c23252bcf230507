package org.liaison.training;

/** What a proposed time and place collides with. */
public enum ConflictKind {
    /** The same room or site of the facility, at an overlapping time. */
    LOCATION,
    /** A registered person holds a place at another exercise at an overlapping time. */
    PARTICIPANT,
    /** A participating agency declared those days unavailable. */
    BLACKOUT
}
