package org.liaison.feedback;

import java.io.Serializable;
import org.liaison.domain.feedback.ActionStatus;

/**
 * What a corrective-action list asks for; null or false means no condition. {@code progress} narrows to OPEN (still to
 * do), OVERDUE (open past its due date), ON_TIME (done by the original due date) or LATE (done after it);
 * {@code mine}: the caller owns it.
 */
public record ActionFilter(Long facilityId, Long reviewId, Long agencyId, ActionStatus status, Progress progress,
        boolean mine) implements Serializable {

    public enum Progress { OPEN, OVERDUE, ON_TIME, LATE }

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null, false);
    }

    public static ActionFilter ofReview(Long reviewId) {
        return new ActionFilter(null, reviewId, null, null, null, false);
    }

    public static ActionFilter mineOpen() {
        return new ActionFilter(null, null, null, null, Progress.OPEN, true);
    }
}
