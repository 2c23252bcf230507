package org.liaison.web.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaison.domain.feedback.Incident;
import org.liaison.domain.feedback.IncidentCategory;
import org.liaison.feedback.IncidentFilter;
import org.liaison.feedback.IncidentService;
import org.liaison.web.shared.PagedModel;

/** incidents/index: police-involved incidents, newest first, filtered by agency, category and review state. */
@Named
@ViewScoped
public class IncidentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService incidents;

    private Long agencyId;
    private Pick agency;
    private IncidentCategory category;
    private IncidentFilter.ReviewState reviewState;
    private PagedModel<Incident> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> incidents.search(new IncidentFilter(null,
                agency == null ? agencyId : agency.id(), null, null, category, reviewState), request),
                Incident::getId);
    }

    public void search() {
        agencyId = null;
        PagedModel.showFirstPage("incidents:table");
    }

    public IncidentCategory[] getCategories() { return IncidentCategory.values(); }
    public IncidentFilter.ReviewState[] getReviewStates() { return IncidentFilter.ReviewState.values(); }
    public PagedModel<Incident> getModel() { return model; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    public Pick getAgency() { return agency; }
    public void setAgency(Pick agency) { this.agency = agency; }
    public IncidentCategory getCategory() { return category; }
    public void setCategory(IncidentCategory category) { this.category = category; }
    public IncidentFilter.ReviewState getReviewState() { return reviewState; }
    public void setReviewState(IncidentFilter.ReviewState reviewState) { this.reviewState = reviewState; }
}
