package org.liaison.domain.sharing;

/** Which way a bulletin travels: from the hospital to agencies, from an agency to the hospital, or staff only. */
public enum BulletinDirection {
    OUTBOUND, INBOUND, INTERNAL
}
