package org.liaison.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.liaison.training.TrainingRecords;
import org.liaison.web.shared.PagedModel;
import org.liaison.web.shared.Texts;
import org.omnifaces.util.Faces;

/** exercises/coverage: % of officers with a joint training in 12 months, the officers behind it, and the CSV. */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRecords records;

    private Long facilityId;
    private boolean notCurrent;
    private List<TrainingRecords.Coverage> coverage;
    private PagedModel<TrainingRecords.OfficerTraining> model;

    @PostConstruct
    void init() {
        coverage = records.coverage(LocalDate.now());
        model = new PagedModel<>(request -> records.officers(facilityId, notCurrent, LocalDate.now(), request),
                TrainingRecords.OfficerTraining::userId);
    }

    public void search() {
        PagedModel.showFirstPage("officers:table");
    }

    public void downloadCsv() throws IOException {
        Faces.sendFile(records.coverageCsv(facilityId, LocalDate.now()).getBytes(StandardCharsets.UTF_8),
                "joint-training-coverage.csv", true);
    }

    public String ofText(TrainingRecords.Coverage c) {
        return Texts.get("exercise.coverage.of", c.trained(), c.officers());
    }

    public List<TrainingRecords.Coverage> getCoverage() { return coverage; }
    public PagedModel<TrainingRecords.OfficerTraining> getModel() { return model; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public boolean isNotCurrent() { return notCurrent; }
    public void setNotCurrent(boolean notCurrent) { this.notCurrent = notCurrent; }
}
