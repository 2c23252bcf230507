package org.liaison.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.ExerciseStatus;
import org.liaison.domain.training.HseepType;
import org.liaison.training.ExerciseFilter;
import org.liaison.training.ExerciseService;
import org.liaison.web.shared.PagedModel;
import org.liaison.web.shared.Texts;

/** exercises/index: exercises in scope, paged in the database; the home dashboards link here with a filter set. */
@Named
@ViewScoped
public class ExerciseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExerciseService exercises;

    private Long facilityId;
    private ExerciseStatus status;
    private HseepType type;
    private boolean upcoming;
    private boolean heldIn12Months;
    private Boolean withPolice;
    private boolean openToMyAgency;
    private PagedModel<Exercise> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> exercises.search(new ExerciseFilter(facilityId, null, status, type, null,
                null, upcoming, heldIn12Months ? LocalDate.now().minusMonths(12) : null, withPolice, openToMyAgency),
                request), Exercise::getId);
    }

    public void search() {
        PagedModel.showFirstPage("exercises:table");
    }

    /** What a dashboard link narrowed the list to, in words. */
    public String getFilterNote() {
        if (openToMyAgency) {
            return Texts.get("exercise.filter.open");
        }
        if (heldIn12Months) {
            return Boolean.TRUE.equals(withPolice) ? Texts.get("exercise.filter.heldWithPolice")
                    : Texts.get("exercise.filter.held");
        }
        return null;
    }

    public ExerciseStatus[] getStatuses() { return ExerciseStatus.values(); }
    public HseepType[] getTypes() { return HseepType.values(); }
    public PagedModel<Exercise> getModel() { return model; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public ExerciseStatus getStatus() { return status; }
    public void setStatus(ExerciseStatus status) { this.status = status; }
    public HseepType getType() { return type; }
    public void setType(HseepType type) { this.type = type; }
    public boolean isUpcoming() { return upcoming; }
    public void setUpcoming(boolean upcoming) { this.upcoming = upcoming; }
    public boolean isHeldIn12Months() { return heldIn12Months; }
    public void setHeldIn12Months(boolean heldIn12Months) { this.heldIn12Months = heldIn12Months; }
    public Boolean getWithPolice() { return withPolice; }
    public void setWithPolice(Boolean withPolice) { this.withPolice = withPolice; }
    public boolean isOpenToMyAgency() { return openToMyAgency; }
    public void setOpenToMyAgency(boolean openToMyAgency) { this.openToMyAgency = openToMyAgency; }
}
