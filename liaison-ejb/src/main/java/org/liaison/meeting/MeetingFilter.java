package org.liaison.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.meeting.MeetingStatus;

/**
 * Which meetings a list shows; every part optional.
 *
 * @param awaitingApproval only held meetings whose minutes are not approved yet
 */
public record MeetingFilter(Long facilityId, MeetingStatus status, LocalDate from, LocalDate to, Long seriesId,
        boolean awaitingApproval) implements Serializable {

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null, null, null, false);
    }
}
