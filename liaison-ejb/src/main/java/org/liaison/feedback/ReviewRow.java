package org.liaison.feedback;

import java.io.Serializable;
import org.liaison.domain.feedback.Review;

/** One row of the review list: the review, whether it carries a repeat finding, and its plan's progress. */
public record ReviewRow(Review review, boolean repeat, long actions, long openActions, long overdueActions)
        implements Serializable {
}
