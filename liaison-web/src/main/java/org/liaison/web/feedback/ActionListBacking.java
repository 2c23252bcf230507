package org.liaison.web.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.feedback.ActionStatus;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.feedback.ActionFilter;
import org.liaison.feedback.CorrectiveActionService;
import org.liaison.web.shared.PagedModel;

/**
 * corrective-actions/index: the improvement plans' actions by due date; with mine=true it is "My corrective actions"
 * (what the signed-in person owns), and the dashboard's figures link here with their progress filter.
 */
@Named
@ViewScoped
public class ActionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CorrectiveActionService actions;

    private ActionFilter.Progress progress;
    private ActionStatus status;
    private boolean mine;
    private PagedModel<CorrectiveAction> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> actions.search(new ActionFilter(null, null, null, status, progress, mine),
                LocalDate.now(), request), CorrectiveAction::getId);
    }

    public void search() {
        PagedModel.showFirstPage("actions:table");
    }

    public boolean overdue(CorrectiveAction action) {
        return action.isOverdue(LocalDate.now());
    }

    public ActionFilter.Progress[] getProgresses() { return ActionFilter.Progress.values(); }
    public ActionStatus[] getStatuses() { return ActionStatus.values(); }
    public PagedModel<CorrectiveAction> getModel() { return model; }
    public ActionFilter.Progress getProgress() { return progress; }
    public void setProgress(ActionFilter.Progress progress) { this.progress = progress; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
}
