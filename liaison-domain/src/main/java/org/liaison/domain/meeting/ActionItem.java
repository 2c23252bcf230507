package org.liaison.domain.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.Reason;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;

/**
 * Something someone agreed to do, from a meeting or on its own: one owner (a staff member or a person of an agency),
 * a due date whose original is kept when it moves (with who moved it and why), and the status open → in progress →
 * done → verified. Overdue is derived from the due date, never stored.
 */
@Entity
@Table(name = "action_item")
public class ActionItem extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;
    /** Owners hear about an item this many days before it is due. */
    public static final int DUE_SOON_DAYS = 3;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @SingleLine
    @NotBlank(message = "{actionItem.title.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @PlainText
    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "details", length = 2000)
    private String details;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_user_id")
    private UserAccount ownerUser;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_contact_id")
    private Contact ownerContact;

    @NotNull(message = "{actionItem.dueOn.required}")
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @NotNull
    @Column(name = "original_due_on", nullable = false)
    private LocalDate originalDueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ActionItemStatus status = ActionItemStatus.OPEN;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    @Column(name = "verified_by", length = 40)
    private String verifiedBy;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    /** The due date the owner was last told is near, so each reminder goes out once per due date. */
    @Column(name = "due_soon_reminded_for")
    private LocalDate dueSoonRemindedFor;

    @Column(name = "overdue_reminded_for")
    private LocalDate overdueRemindedFor;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("movedAt")
    private List<DueDateChange> dueDateChanges = new ArrayList<>();

    public ActionItem() {
    }

    public ActionItem(Facility facility, Meeting meeting, String title, LocalDate dueOn) {
        this.facility = facility;
        this.meeting = meeting;
        this.title = title;
        if (dueOn == null) {
            throw DomainRuleViolation.onField("dueOn", "actionItem.dueOn.required", "Give the due date.");
        }
        this.dueOn = dueOn;
        this.originalDueOn = dueOn;
    }

    /** The owner: exactly one of a staff member or a person of an agency. */
    public void assignTo(UserAccount user, Contact contact) {
        if ((user == null) == (contact == null)) {
            throw DomainRuleViolation.onField("ownerUserId", "actionItem.owner.exactlyOne",
                    "Choose one owner: a staff member or a person of an agency.");
        }
        this.ownerUser = user;
        this.ownerContact = contact;
    }

    public void describe(String newTitle, String newDetails) {
        requirePending("change");
        this.title = newTitle;
        this.details = newDetails;
    }

    /** Moves the due date, keeping the original and recording who moved it, when and why. */
    public DueDateChange moveDue(LocalDate newDue, String by, String reason, LocalDateTime at) {
        requirePending("move the due date of");
        if (newDue == null) {
            throw DomainRuleViolation.onField("dueOn", "actionItem.dueOn.required", "Give the due date.");
        }
        String why = Reason.required(reason, "reason", "actionItem.move.reasonRequired", "Say why the due date moves.");
        if (newDue.equals(dueOn)) {
            throw DomainRuleViolation.onField("dueOn", "actionItem.move.same", "That is already the due date.");
        }
        DueDateChange change = new DueDateChange(this, dueOn, newDue, by, why, at);
        dueDateChanges.add(change);
        dueOn = newDue;
        return change;
    }

    public void start() {
        require(status == ActionItemStatus.OPEN, "start", "only an open item");
        status = ActionItemStatus.IN_PROGRESS;
    }

    public void complete(LocalDateTime at) {
        requirePending("complete");
        status = ActionItemStatus.DONE;
        doneAt = at;
    }

    /** Someone checks the work was done; it is then finished. */
    public void verify(String by, LocalDateTime at) {
        require(status == ActionItemStatus.DONE, "verify", "only a done item");
        status = ActionItemStatus.VERIFIED;
        verifiedBy = by;
        verifiedAt = at;
    }

    /** The check found the work not done: back to in progress. */
    public void reopen() {
        require(status == ActionItemStatus.DONE, "reopen", "only a done item not yet verified");
        status = ActionItemStatus.IN_PROGRESS;
        doneAt = null;
    }

    public boolean isOverdue(LocalDate today) {
        return ActionItemStatus.PENDING.contains(status) && dueOn.isBefore(today);
    }

    /** Due within {@link #DUE_SOON_DAYS} days and not overdue. */
    public boolean isDueSoon(LocalDate today) {
        return ActionItemStatus.PENDING.contains(status) && !dueOn.isBefore(today)
                && !dueOn.isAfter(today.plusDays(DUE_SOON_DAYS));
    }

    /** Answers whether the owner is to hear today that the item is due soon; true once per due date. */
    public boolean remindDueSoon(LocalDate today) {
        if (!isDueSoon(today) || dueOn.equals(dueSoonRemindedFor)) {
            return false;
        }
        dueSoonRemindedFor = dueOn;
        return true;
    }

    /** Answers whether the owner is to hear today that the item is overdue; true once per due date. */
    public boolean remindOverdue(LocalDate today) {
        if (!isOverdue(today) || dueOn.equals(overdueRemindedFor)) {
            return false;
        }
        overdueRemindedFor = dueOn;
        return true;
    }

    public boolean isMoved() {
        return !dueOn.equals(originalDueOn);
    }

    public String getOwnerName() {
        if (ownerUser != null) {
            return ownerUser.getDisplayName();
        }
        return ownerContact == null ? null : ownerContact.getDisplayName() + " (" + ownerContact.getAgency().getName() + ")";
    }

    private void requirePending(String move) {
        require(ActionItemStatus.PENDING.contains(status), move, "only an open or in-progress item");
    }

    private void require(boolean condition, String move, String rule) {
        if (!condition) {
            throw new DomainRuleViolation("actionItem.transition", "Cannot " + move + " an action item that is "
                    + status.name().toLowerCase().replace('_', ' ') + ": " + rule + ".");
        }
    }

    @Override
    public String auditType() {
        return "ActionItem";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("facility", facility == null ? null : facility.getId())
                .with("meeting", meeting == null ? null : meeting.getId()).with("title", title).with("details", details)
                .with("ownerUser", ownerUser == null ? null : ownerUser.getId())
                .with("ownerContact", ownerContact == null ? null : ownerContact.getId())
                .with("dueOn", dueOn).with("originalDueOn", originalDueOn).with("status", status)
                .with("doneAt", doneAt).with("verifiedBy", verifiedBy).build();
    }

    public Facility getFacility() { return facility; }
    public Meeting getMeeting() { return meeting; }
    public String getTitle() { return title; }
    public String getDetails() { return details; }
    public UserAccount getOwnerUser() { return ownerUser; }
    public Contact getOwnerContact() { return ownerContact; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getOriginalDueOn() { return originalDueOn; }
    public ActionItemStatus getStatus() { return status; }
    public LocalDateTime getDoneAt() { return doneAt; }
    public String getVerifiedBy() { return verifiedBy; }
    public LocalDateTime getVerifiedAt() { return verifiedAt; }
    public List<DueDateChange> getDueDateChanges() { return Collections.unmodifiableList(dueDateChanges); }
}
