package org.liaison.domain.sharing.disclosure;

/** A disclosure is recorded, then approved by a director (or a manager of its facility). */
public enum DisclosureStatus {
    AWAITING_APPROVAL, APPROVED
}
