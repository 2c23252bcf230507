package org.liaison.domain.meeting;

/** How far a change to one occurrence of a recurring series reaches, as calendar users know it. */
public enum SeriesEdit {
    /** Only this occurrence; it becomes an exception of its series. */
    ONE,
    /** This occurrence and every later one: the series is split here. */
    FOLLOWING,
    /** Every occurrence still to come of the whole series. */
    ALL
}
