package org.liaison.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.platform.RecordNotFound;
import org.liaison.training.TrainingRecords;
import org.liaison.web.shared.Texts;
import org.omnifaces.util.Faces;

/** exercises/record: a staff member's joint trainings (one's own without a userId). */
@Named
@ViewScoped
public class TrainingRecordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRecords records;

    private Long userId;
    private TrainingRecords.TrainingRecord record;

    public void load() {
        try {
            record = records.recordOf(userId, LocalDate.now());
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public String getSummaryText() {
        return Texts.get("exercise.record.summary", record.attended(), record.hoursThisYear(), record.upcoming());
    }

    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public TrainingRecords.TrainingRecord getRecord() { return record; }
}
