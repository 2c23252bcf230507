package org.liaison.feedback;

import java.io.Serializable;
import org.liaison.domain.feedback.ReviewKind;
import org.liaison.domain.feedback.ReviewStatus;

/**
 * What a review list asks for; null means no condition. {@code pending}: not approved yet; {@code repeatOnly}: with
 * an area for improvement whose capability also appears in another review of the facility within 24 months.
 */
public record ReviewFilter(Long facilityId, Long agencyId, ReviewStatus status, ReviewKind kind, boolean pending,
        boolean repeatOnly) implements Serializable {

    public static ReviewFilter none() {
        return new ReviewFilter(null, null, null, null, false, false);
    }

    public static ReviewFilter status(ReviewStatus status) {
        return new ReviewFilter(null, null, status, null, false, false);
    }
}
