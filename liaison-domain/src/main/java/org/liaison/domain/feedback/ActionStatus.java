package org.liaison.domain.feedback;

import java.util.EnumSet;
import java.util.Set;

/** proposed → accepted → in progress → completed → verified; deferred or rejected with a reason. */
public enum ActionStatus {
    PROPOSED, ACCEPTED, IN_PROGRESS, COMPLETED, VERIFIED, DEFERRED, REJECTED;

    /** Still to be done: these can be overdue. */
    public static final Set<ActionStatus> OPEN = EnumSet.of(PROPOSED, ACCEPTED, IN_PROGRESS);

    /** Settled for the review: it may close when every action is in one of these. */
    public static final Set<ActionStatus> SETTLED = EnumSet.of(VERIFIED, DEFERRED, REJECTED);

    /** Work done (completed, or completed and verified). */
    public static final Set<ActionStatus> DONE = EnumSet.of(COMPLETED, VERIFIED);
}
