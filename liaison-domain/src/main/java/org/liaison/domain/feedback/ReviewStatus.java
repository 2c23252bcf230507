package org.liaison.domain.feedback;

import java.util.EnumSet;
import java.util.Set;

/** opened → draft → agency input → approved → actions tracking → closed. */
public enum ReviewStatus {
    OPENED, DRAFT, AGENCY_INPUT, APPROVED, ACTIONS_TRACKING, CLOSED;

    /** While the findings may still change: before approval. */
    public static final Set<ReviewStatus> EDITABLE = EnumSet.of(OPENED, DRAFT, AGENCY_INPUT);

    /** Statuses a partner agency sees a review in: from the moment its input is asked for. */
    public static final Set<ReviewStatus> SHARED = EnumSet.of(AGENCY_INPUT, APPROVED, ACTIONS_TRACKING, CLOSED);
}
