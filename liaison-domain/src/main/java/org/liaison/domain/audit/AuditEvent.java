package org.liaison.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.Bookkeeping;

/**
 * One entry of the append-only audit trail: who did what to which record, when, from where, and the fields
 * that changed (before and after). Entries are only ever inserted.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends BaseEntity implements Bookkeeping {

    private static final long serialVersionUID = 1L;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 120, updatable = false)
    private String actor;

    @Column(name = "address", length = 64, updatable = false)
    private String address;

    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "record_type", nullable = false, length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    /** The changed fields as JSON: {"field": {"before": ..., "after": ...}}. */
    @Column(name = "changes", length = 8000, updatable = false)
    private String changes;

    public AuditEvent() {
    }

    public AuditEvent(LocalDateTime occurredAt, String actor, String address, String action, String recordType,
            Long recordId, String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.address = address;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.changes = changes;
    }

    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAddress() { return address; }
    public String getAction() { return action; }
    public String getRecordType() { return recordType; }
    public Long getRecordId() { return recordId; }
    public String getChanges() { return changes; }
}
