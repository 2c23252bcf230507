package org.liaison.domain.meeting;

import java.util.EnumSet;
import java.util.Set;

/** open → in progress → done → verified. Overdue is not a status: it is derived from the due date. */
public enum ActionItemStatus {
    OPEN, IN_PROGRESS, DONE, VERIFIED;

    /** Still to be worked on: these can be overdue. */
    public static final Set<ActionItemStatus> PENDING = EnumSet.of(OPEN, IN_PROGRESS);
}
