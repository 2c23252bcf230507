package org.liaison.meeting;

import java.io.Serializable;
import org.liaison.domain.meeting.ActionItemStatus;

/**
 * Which action items a list shows; every part optional.
 *
 * @param mine    only the caller's own
 * @param overdue only overdue ones (pending and past their due date)
 * @param open    only pending ones (open or in progress)
 */
public record ActionItemFilter(Long facilityId, Long meetingId, ActionItemStatus status, boolean mine,
        boolean overdue, boolean open) implements Serializable {

    public static ActionItemFilter mineOnly() {
        return new ActionItemFilter(null, null, null, true, false, false);
    }
}
