package org.liaison.domain.meeting;

import java.util.EnumSet;
import java.util.Set;

/** A meeting's lifecycle: planned → held → minutes approved → closed; a planned meeting can be cancelled. */
public enum MeetingStatus {
    PLANNED, HELD, MINUTES_APPROVED, CLOSED, CANCELLED;

    /** Meetings that took place (their minutes may exist). */
    public static final Set<MeetingStatus> TOOK_PLACE = EnumSet.of(HELD, MINUTES_APPROVED, CLOSED);

    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }
}
