package org.liaison.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.meeting.ActionItem;
import org.liaison.domain.meeting.ActionItemStatus;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.meeting.ActionItemService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/** action-items/view: one action item, its status moves and its due date with the history of moves. */
@Named
@ViewScoped
public class ActionItemViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActionItemService items;

    @Inject
    ActiveUser user;

    private Long id;
    private ActionItem item;
    private LocalDate newDue;
    private String reason;

    public void load() {
        try {
            item = items.find(id);
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public void move(String move) {
        try {
            item = items.move(id, item.getVersion(), ActionItemService.Move.valueOf(move));
            item = items.find(id);
            Feedback.info("actionItem.moved", item.getTitle());
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    public void moveDue() {
        try {
            items.moveDue(id, item.getVersion(), newDue, reason);
            item = items.find(id);
            Feedback.info("actionItem.dueMoved", item.getDueOn());
            newDue = null;
            reason = null;
        } catch (InvalidInput e) {
            Feedback.invalid(e, "due");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), "due");
            } else {
                Feedback.refused(e.getMessage());
            }
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    public boolean isOverdue() {
        return item.isOverdue(LocalDate.now());
    }

    public boolean isPending() {
        return ActionItemStatus.PENDING.contains(item.getStatus());
    }

    /** The owner, or a planner of its facility, works on it; the page offers what the service would accept. */
    public boolean isWorker() {
        return isOwner() || user.isEditor() || user.is("PARTNER");
    }

    public boolean isOwner() {
        return item.getOwnerUser() != null && user.getProfile() != null
                && item.getOwnerUser().getUsername().equals(user.getProfile().username());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ActionItem getItem() { return item; }
    public LocalDate getNewDue() { return newDue; }
    public void setNewDue(LocalDate newDue) { this.newDue = newDue; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
