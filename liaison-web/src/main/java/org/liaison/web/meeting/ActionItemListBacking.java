package org.liaison.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.meeting.ActionItem;
import org.liaison.domain.meeting.ActionItemStatus;
import org.liaison.facility.FacilityService;
import org.liaison.meeting.ActionItemFilter;
import org.liaison.meeting.ActionItemService;
import org.liaison.platform.PageRequest;
import org.liaison.web.shared.PagedModel;

/** action-items/index: every action item in scope, by facility and status, or only open or overdue ones. */
@Named
@ViewScoped
public class ActionItemListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActionItemService items;

    @Inject
    FacilityService facilities;

    private Long facilityId;
    private ActionItemStatus status;
    private Boolean open;
    private Boolean overdue;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilityChoices;
    private PagedModel<ActionItem> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> items.search(new ActionItemFilter(facilityId, null, status, false,
                Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(open)), LocalDate.now(), request), ActionItem::getId);
    }

    public void search() {
        PagedModel.showFirstPage("items:table");
    }

    public boolean isOverdue(ActionItem item) {
        return item.isOverdue(LocalDate.now());
    }

    public ActionItemStatus[] getStatuses() { return ActionItemStatus.values(); }
    public List<Facility> getFacilityChoices() {
        if (facilityChoices == null) {
            facilityChoices = facilities.list(PageRequest.of(0, 200)).items();
        }
        return facilityChoices;
    }

    public PagedModel<ActionItem> getModel() { return model; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public ActionItemStatus getStatus() { return status; }
    public void setStatus(ActionItemStatus status) { this.status = status; }
    public Boolean getOpen() { return open; }
    public void setOpen(Boolean open) { this.open = open; }
    public Boolean getOverdue() { return overdue; }
    public void setOverdue(Boolean overdue) { this.overdue = overdue; }
}
