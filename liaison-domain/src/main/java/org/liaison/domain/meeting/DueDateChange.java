package org.liaison.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.liaison.domain.shared.BaseEntity;

/** One move of an action item's due date: from when to when, by whom, why. Never changed once written. */
@Entity
@Table(name = "action_item_due_change")
public class DueDateChange extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private ActionItem item;

    @Column(name = "from_due_on", nullable = false)
    private LocalDate fromDueOn;

    @Column(name = "to_due_on", nullable = false)
    private LocalDate toDueOn;

    @Column(name = "moved_by", nullable = false, length = 40)
    private String movedBy;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "moved_at", nullable = false)
    private LocalDateTime movedAt;

    protected DueDateChange() {
    }

    DueDateChange(ActionItem item, LocalDate from, LocalDate to, String by, String reason, LocalDateTime at) {
        this.item = item;
        this.fromDueOn = from;
        this.toDueOn = to;
        this.movedBy = by;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.movedAt = at;
    }

    public ActionItem getItem() { return item; }
    public LocalDate getFromDueOn() { return fromDueOn; }
    public LocalDate getToDueOn() { return toDueOn; }
    public String getMovedBy() { return movedBy; }
    public String getReason() { return reason; }
    public LocalDateTime getMovedAt() { return movedAt; }
}
