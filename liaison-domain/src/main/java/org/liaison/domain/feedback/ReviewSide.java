package org.liaison.domain.feedback;

/** Who wrote a part of a review: the hospital's staff or the partner agency. */
public enum ReviewSide {
    HOSPITAL, AGENCY
}
