package org.liaison.domain.shared;

import java.util.Map;

/**
 * A record whose changes are written to the audit trail. The snapshot lists the fields that matter to an
 * auditor, by name, as plain values; the trail stores the fields that differ between two snapshots.
 */
public interface Audited {

    Long getId();

    /** The record kind as an auditor reads it, e.g. "Agency". */
    String auditType();

    Map<String, Object> auditSnapshot();
}
