package org.liaison.domain.training;

/** The two sides of a joint exercise: the hospital's security staff and the agencies' people. */
public enum Side {
    STAFF, AGENCY
}
