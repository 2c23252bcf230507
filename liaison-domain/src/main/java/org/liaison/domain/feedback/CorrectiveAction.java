package org.liaison.domain.feedback;

import org.liaison.domain.shared.CoreCapability;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.Reason;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;

/**
 * One line of a review's improvement plan (HSEEP IP): the issue, the corrective action, the POETE element it fixes,
 * who is responsible (a hospital department or an agency, with a contact), start and due dates. The original due
 * date is kept when the due date moves, and a move needs a reason. Overdue is derived, never stored.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private Review review;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_id")
    private Finding finding;

    @Enumerated(EnumType.STRING)
    @Column(name = "capability", length = 60)
    private CoreCapability capability;

    @PlainText
    @NotBlank(message = "{action.issue.required}")
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "issue", nullable = false, length = 1000)
    private String issue;

    @PlainText
    @NotBlank(message = "{action.action.required}")
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "action_text", nullable = false, length = 1000)
    private String action;

    @NotNull(message = "{action.element.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "element", nullable = false, length = 16)
    private PoeteElement element;

    @SingleLine
    @NotBlank(message = "{action.organisation.required}")
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "responsible_organisation", nullable = false, length = 120)
    private String responsibleOrganisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_agency_id")
    private Agency responsibleAgency;

    @SingleLine
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "contact_name", length = 120)
    private String contactName;

    /** The staff member who sees it under "My corrective actions" and is reminded of it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @NotNull(message = "{action.startOn.required}")
    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @NotNull(message = "{action.dueOn.required}")
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "original_due_on", nullable = false)
    private LocalDate originalDueOn;

    @Column(name = "due_move_reason", length = 500)
    private String dueMoveReason;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ActionStatus status = ActionStatus.PROPOSED;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "verified_by", length = 40)
    private String verifiedBy;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    /** A blank action for a form or an API payload to fill in. */
    public CorrectiveAction() {
    }

    public CorrectiveAction(String issue, String action, PoeteElement element, String responsibleOrganisation,
            LocalDate startOn, LocalDate dueOn) {
        this.issue = issue;
        this.action = action;
        this.element = element;
        this.responsibleOrganisation = responsibleOrganisation;
        this.startOn = startOn;
        this.dueOn = dueOn;
    }

    /**
     * Puts the action into a review's plan, fixing an area for improvement of that review (or none). The due date
     * given now is the original one.
     */
    public void planIn(Review plan, Finding fixes) {
        plan.requireOpenForActions();
        if (fixes != null && (!fixes.getReview().equals(plan) || fixes.getKind() != FindingKind.AREA_FOR_IMPROVEMENT)) {
            throw DomainRuleViolation.onField("findingId", "action.finding.invalid",
                    "Choose an area for improvement of this review.");
        }
        requireDates(startOn, dueOn);
        this.review = plan;
        this.finding = fixes;
        if (fixes != null) {
            this.capability = fixes.getCapability();
        }
        this.originalDueOn = dueOn;
        plan.attach(this);
    }

    private static void requireDates(LocalDate start, LocalDate due) {
        if (start == null) {
            throw DomainRuleViolation.onField("startOn", "action.startOn.required", "Enter the start date.");
        }
        if (due == null) {
            throw DomainRuleViolation.onField("dueOn", "action.dueOn.required", "Enter the due date.");
        }
        if (due.isBefore(start)) {
            throw DomainRuleViolation.onField("dueOn", "action.dueOn.beforeStart",
                    "The due date cannot be before the start date.");
        }
    }

    /** Who is responsible: a hospital department (no agency) or an agency, with a named contact. */
    public void assign(String organisation, Agency agency, String contact, UserAccount newOwner) {
        this.responsibleOrganisation = agency != null && (organisation == null || organisation.isBlank())
                ? agency.getName() : organisation;
        this.responsibleAgency = agency;
        this.contactName = contact;
        this.owner = newOwner;
    }

    /** Moves the due date; the original stays, and the move needs a reason (the service audits it). */
    public void moveDue(LocalDate newDue, String reason) {
        requireOpen("move the due date of");
        String why = requireReason(reason, "action.moveDue.reasonRequired", "Give the reason the due date moves.");
        if (newDue == null) {
            throw DomainRuleViolation.onField("dueOn", "action.dueOn.required", "Enter the due date.");
        }
        requireDates(startOn, newDue);
        this.dueOn = newDue;
        this.dueMoveReason = why;
    }

    public void accept() {
        require(status == ActionStatus.PROPOSED, "accept", "only a proposed action");
        status = ActionStatus.ACCEPTED;
    }

    public void start() {
        require(status == ActionStatus.ACCEPTED, "start", "only an accepted action");
        status = ActionStatus.IN_PROGRESS;
    }

    public void complete(LocalDate on) {
        require(status == ActionStatus.ACCEPTED || status == ActionStatus.IN_PROGRESS, "complete",
                "only an accepted or started action");
        status = ActionStatus.COMPLETED;
        completedOn = on;
    }

    /** Someone other than the doer checks that the fix works (the service decides who may). */
    public void verify(String by, LocalDate on) {
        require(status == ActionStatus.COMPLETED, "verify", "only a completed action");
        status = ActionStatus.VERIFIED;
        verifiedBy = by;
        verifiedOn = on;
    }

    public void defer(String reason) {
        requireOpen("defer");
        statusReason = requireReason(reason, "action.defer.reasonRequired", "Give the reason the action is deferred.");
        status = ActionStatus.DEFERRED;
    }

    public void reject(String reason) {
        require(status == ActionStatus.PROPOSED || status == ActionStatus.ACCEPTED, "reject",
                "only a proposed or accepted action");
        statusReason = requireReason(reason, "action.reject.reasonRequired", "Give the reason the action is rejected.");
        status = ActionStatus.REJECTED;
    }

    private static String requireReason(String reason, String key, String message) {
        return Reason.required(reason, "reason", key, message);
    }

    private void requireOpen(String move) {
        require(ActionStatus.OPEN.contains(status), move, "only an open action");
    }

    private void require(boolean condition, String move, String rule) {
        if (!condition) {
            throw new DomainRuleViolation("action.transition", "Cannot " + move + " a corrective action that is "
                    + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + rule + ".");
        }
    }

    /**
     * The daily reminder: an open action due within 7 days, or overdue, is brought to its owner's attention, at most
     * once a week. Returns whether to remind now (and notes the day), so a second run on the same day reminds nobody.
     */
    public boolean remindOn(LocalDate today) {
        boolean due = ActionStatus.OPEN.contains(status) && !dueOn.isAfter(today.plusDays(7));
        boolean quiet = remindedOn == null || !remindedOn.isAfter(today.minusDays(7));
        if (due && quiet) {
            remindedOn = today;
            return true;
        }
        return false;
    }

    /** Still open after its (current) due date. */
    public boolean isOverdue(LocalDate today) {
        return ActionStatus.OPEN.contains(status) && dueOn.isBefore(today);
    }

    /** Done on or before the due date first agreed, whatever moves came later. */
    public boolean isDoneByOriginalDue() {
        return ActionStatus.DONE.contains(status) && completedOn != null && !completedOn.isAfter(originalDueOn);
    }

    public boolean isSettled() {
        return ActionStatus.SETTLED.contains(status);
    }

    public boolean isDueMoved() {
        return !dueOn.equals(originalDueOn);
    }

    @Override
    public String auditType() {
        return "CorrectiveAction";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("review", review == null ? null : review.getId())
                .with("finding", finding == null ? null : finding.getId()).with("capability", capability)
                .with("issue", issue).with("action", action).with("element", element)
                .with("responsibleOrganisation", responsibleOrganisation)
                .with("responsibleAgency", responsibleAgency == null ? null : responsibleAgency.getId())
                .with("contactName", contactName).with("owner", owner == null ? null : owner.getId())
                .with("startOn", startOn).with("dueOn", dueOn).with("originalDueOn", originalDueOn)
                .with("dueMoveReason", dueMoveReason).with("status", status).with("statusReason", statusReason)
                .with("completedOn", completedOn).with("verifiedOn", verifiedOn).with("verifiedBy", verifiedBy)
                .build();
    }

    public Review getReview() { return review; }
    public Finding getFinding() { return finding; }
    public CoreCapability getCapability() { return capability; }
    public void setCapability(CoreCapability capability) { this.capability = capability; }
    public String getIssue() { return issue; }
    public void setIssue(String issue) { this.issue = issue; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public PoeteElement getElement() { return element; }
    public void setElement(PoeteElement element) { this.element = element; }
    public String getResponsibleOrganisation() { return responsibleOrganisation; }
    public void setResponsibleOrganisation(String value) { this.responsibleOrganisation = value; }
    public Agency getResponsibleAgency() { return responsibleAgency; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public UserAccount getOwner() { return owner; }
    public LocalDate getStartOn() { return startOn; }
    public void setStartOn(LocalDate startOn) { this.startOn = startOn; }
    public LocalDate getDueOn() { return dueOn; }
    /** For a new action's form only; a planned action's due date moves through {@link #moveDue}. */
    public void setDueOn(LocalDate dueOn) {
        if (review != null) {
            throw new DomainRuleViolation("action.moveDue.useMove", "Move the due date with a reason.");
        }
        this.dueOn = dueOn;
    }
    public LocalDate getOriginalDueOn() { return originalDueOn; }
    public String getDueMoveReason() { return dueMoveReason; }
    public ActionStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public LocalDate getCompletedOn() { return completedOn; }
    public LocalDate getVerifiedOn() { return verifiedOn; }
    public String getVerifiedBy() { return verifiedBy; }
    public LocalDate getRemindedOn() { return remindedOn; }
}
