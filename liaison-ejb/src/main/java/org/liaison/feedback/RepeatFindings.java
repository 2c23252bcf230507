package org.liaison.feedback;

/**
 * The one definition of a repeat finding, as JPQL: an area for improvement whose capability also appears as an area
 * for improvement in another review of the same facility within 24 months (730 days) either side. Both reviews are
 * flagged. The finding carries copies of its review's facility and day number so this is one indexed self-join.
 */
final class RepeatFindings {

    static final int WINDOW_DAYS = 730;

    /** A condition on finding alias {@code f}: it is repeated elsewhere. Bind :afi. */
    static final String REPEATED = "exists (select f2.id from Finding f2 where f2.facilityId = f.facilityId"
            + " and f2.capability = f.capability and f2.kind = :afi and f2.review <> f.review"
            + " and f2.occurredDay between f.occurredDay - " + WINDOW_DAYS + " and f.occurredDay + " + WINDOW_DAYS + ")";

    private RepeatFindings() {
    }
}
