package org.liaison.domain.agency;

/** How a contact prefers to be reached. */
public enum ContactMethod {
    PHONE, MOBILE, RADIO, EMAIL
}
