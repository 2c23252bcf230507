package org.liaison.web.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.feedback.ActionFilter;
import org.liaison.feedback.CorrectiveActionService;
import org.liaison.platform.StaleRecord;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.PagedModel;

/**
 * The corrective-actions section of "My action items" (WEB-INF/includes/my-corrective-actions.xhtml): the review
 * actions the caller owns, open ones by due date so the overdue come first, with start and complete at hand.
 */
@Named
@ViewScoped
public class MyCorrectiveActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CorrectiveActionService actions;

    private boolean showFinished;
    private PagedModel<CorrectiveAction> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> actions.search(new ActionFilter(null, null, null, null,
                showFinished ? null : ActionFilter.Progress.OPEN, true), LocalDate.now(), request),
                CorrectiveAction::getId);
    }

    public void search() {
        PagedModel.showFirstPage("my-corrective:table");
    }

    public void move(CorrectiveAction action, String move) {
        try {
            actions.move(action.getId(), action.getVersion(), CorrectiveActionService.Move.valueOf(move), null,
                    LocalDate.now());
            Feedback.info("action.moved");
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    public boolean overdue(CorrectiveAction action) {
        return action.isOverdue(LocalDate.now());
    }

    public PagedModel<CorrectiveAction> getModel() { return model; }
    public boolean isShowFinished() { return showFinished; }
    public void setShowFinished(boolean showFinished) { this.showFinished = showFinished; }
}
