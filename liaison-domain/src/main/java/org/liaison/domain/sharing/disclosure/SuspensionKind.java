package org.liaison.domain.sharing.disclosure;

/** How law enforcement asked to suspend the accounting: in writing (until a date) or orally (30 days). */
public enum SuspensionKind {
    WRITTEN, ORAL
}
