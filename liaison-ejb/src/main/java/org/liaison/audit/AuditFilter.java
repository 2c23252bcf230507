package org.liaison.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** What an auditor narrows the trail by; every part is optional. */
public record AuditFilter(String actor, String recordType, Long recordId, String action, LocalDate from, LocalDate to)
        implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
