package org.liaison.meeting;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A new action item, or the new terms of one.
 *
 * @param facilityId     the hospital; taken from the meeting when {@code meetingId} is given
 * @param ownerUserId    a staff member who owns it, or
 * @param ownerContactId a person of an agency who owns it (exactly one of the two)
 */
public record ActionItemDraft(Long facilityId, Long meetingId, String title, String details, Long ownerUserId,
        Long ownerContactId, LocalDate dueOn) implements Serializable {
}
