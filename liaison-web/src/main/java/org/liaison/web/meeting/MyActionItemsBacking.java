package org.liaison.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.meeting.ActionItem;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.meeting.ActionItemFilter;
import org.liaison.meeting.ActionItemService;
import org.liaison.platform.StaleRecord;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.PagedModel;

/**
 * The meeting action items section of "My action items" (WEB-INF/includes/my-action-items.xhtml): the caller's own
 * items, pending ones by due date so the overdue come first, with start and done at hand.
 */
@Named
@ViewScoped
public class MyActionItemsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActionItemService items;

    private boolean showFinished;
    private PagedModel<ActionItem> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> items.search(new ActionItemFilter(null, null, null, true, false,
                !showFinished), LocalDate.now(), request), ActionItem::getId);
    }

    public void search() {
        PagedModel.showFirstPage("my-items:table");
    }

    public void move(ActionItem item, String move) {
        try {
            ActionItem moved = items.move(item.getId(), item.getVersion(), ActionItemService.Move.valueOf(move));
            Feedback.info("actionItem.moved", moved.getTitle());
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    public boolean isOverdue(ActionItem item) {
        return item.isOverdue(LocalDate.now());
    }

    public PagedModel<ActionItem> getModel() { return model; }
    public boolean isShowFinished() { return showFinished; }
    public void setShowFinished(boolean showFinished) { this.showFinished = showFinished; }
}
