package org.liaison.domain.agreement;

import java.util.EnumSet;
import java.util.Set;

/** draft → in review → signed → active → expiring → renewed | expired | terminated. */
public enum AgreementStatus {
    DRAFT, IN_REVIEW, SIGNED, ACTIVE, EXPIRING, RENEWED, EXPIRED, TERMINATED;

    /** Statuses in which the agreement binds the parties. */
    public static final Set<AgreementStatus> IN_FORCE = EnumSet.of(ACTIVE, EXPIRING, RENEWED);

    public boolean isFinal() {
        return this == EXPIRED || this == TERMINATED;
    }
}
