package org.liaison.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.Snapshot;

/**
 * A documented real activation of a facility's emergency plan (42 CFR 482.15(d)): it exempts the facility from its
 * next full-scale exercise.
 */
@Entity
@Table(name = "plan_activation")
public class PlanActivation extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @NotNull(message = "{activation.date.required}")
    @Column(name = "activated_on", nullable = false)
    private LocalDate activatedOn;

    @PlainText
    @NotBlank(message = "{activation.description.required}")
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    protected PlanActivation() {
    }

    public PlanActivation(Facility facility, LocalDate activatedOn, String description, String recordedBy) {
        this.facility = facility;
        this.activatedOn = activatedOn;
        this.description = description;
        this.recordedBy = recordedBy;
    }

    @Override
    public String auditType() {
        return "PlanActivation";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("facility", facility.getId()).with("activatedOn", activatedOn)
                .with("description", description).build();
    }

    public Facility getFacility() { return facility; }
    public LocalDate getActivatedOn() { return activatedOn; }
    public String getDescription() { return description; }
    public String getRecordedBy() { return recordedBy; }
}
