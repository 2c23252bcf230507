package org.liaison.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.Reason;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;

/**
 * An incident the police were called to. An officer records the essentials on shift (where, when, what, which agency,
 * when police were requested); a manager completes the rest. Response time (requested → arrived) and time on scene
 * (arrived → cleared) are derived from the three police times; the response time is also kept in a column, written
 * only here, so statistics are computed in the database.
 */
@Entity
@Table(name = "incident")
public class Incident extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{incident.facility.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @SingleLine
    @NotBlank(message = "{incident.location.required}")
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "location", nullable = false, length = 120)
    private String location;

    @NotNull(message = "{incident.occurredAt.required}")
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @NotNull(message = "{incident.category.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 24)
    private IncidentCategory category;

    @Min(value = 1, message = "{incident.violenceType.invalid}")
    @Max(value = 4, message = "{incident.violenceType.invalid}")
    @Column(name = "violence_type")
    private Integer violenceType;

    @NotNull(message = "{incident.agency.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(name = "police_requested_at")
    private LocalDateTime policeRequestedAt;

    @Column(name = "police_arrived_at")
    private LocalDateTime policeArrivedAt;

    @Column(name = "police_cleared_at")
    private LocalDateTime policeClearedAt;

    /** Derived from requested and arrived (see {@link #checkTimes}); never set from outside. */
    @Column(name = "response_seconds")
    private Integer responseSeconds;

    @PlainText
    @Size(max = 500, message = "{text.tooLong}")
    @Column(name = "responding_officers", length = 500)
    private String respondingOfficers;

    @SingleLine
    @Size(max = 40, message = "{text.tooLong}")
    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @PlainText
    @NotBlank(message = "{incident.summary.required}")
    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @PlainText
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "outcome", length = 1000)
    private String outcome;

    @PlainText
    @Size(max = 500, message = "{text.tooLong}")
    @Column(name = "injuries", length = 500)
    private String injuries;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "completed_by", length = 40)
    private String completedBy;

    @PlainText
    @Size(max = 500, message = "{text.tooLong}")
    @Column(name = "waiver_reason", length = 500)
    private String waiverReason;

    @Column(name = "waived_by", length = 40)
    private String waivedBy;

    /** A blank incident for a form to fill in. */
    public Incident() {
    }

    public Incident(Facility facility, Agency agency, String location, LocalDateTime occurredAt,
            IncidentCategory category, String summary) {
        this.facility = facility;
        this.agency = agency;
        this.location = location;
        this.occurredAt = occurredAt;
        this.category = category;
        this.summary = summary;
    }

    /**
     * The police times, in order: requested, arrived, cleared. Each may be unknown yet, but none comes before the
     * incident or the one before it.
     */
    public void recordPoliceTimes(LocalDateTime requested, LocalDateTime arrived, LocalDateTime cleared) {
        this.policeRequestedAt = requested;
        this.policeArrivedAt = arrived;
        this.policeClearedAt = cleared;
        checkTimes();
    }

    @PrePersist
    @PreUpdate
    void checkTimes() {
        if (policeRequestedAt != null && occurredAt != null && policeRequestedAt.isBefore(occurredAt.minusHours(1))) {
            throw DomainRuleViolation.onField("policeRequestedAt", "incident.requested.beforeIncident",
                    "Police cannot have been requested more than an hour before the incident.");
        }
        if (policeArrivedAt != null && policeRequestedAt == null) {
            throw DomainRuleViolation.onField("policeRequestedAt", "incident.requested.required",
                    "Enter when police were requested.");
        }
        if (policeArrivedAt != null && policeArrivedAt.isBefore(policeRequestedAt)) {
            throw DomainRuleViolation.onField("policeArrivedAt", "incident.arrived.beforeRequested",
                    "Police cannot arrive before they were requested.");
        }
        if (policeClearedAt != null && (policeArrivedAt == null || policeClearedAt.isBefore(policeArrivedAt))) {
            throw DomainRuleViolation.onField("policeClearedAt", "incident.cleared.beforeArrived",
                    "Police clear the scene after they arrive.");
        }
        Duration response = getResponseTime();
        responseSeconds = response == null ? null : (int) Math.min(Integer.MAX_VALUE, response.getSeconds());
    }

    /** Requested → arrived, when both are known. */
    public Duration getResponseTime() {
        return policeRequestedAt == null || policeArrivedAt == null ? null
                : Duration.between(policeRequestedAt, policeArrivedAt);
    }

    /** Arrived → cleared, when both are known. */
    public Duration getOnSceneTime() {
        return policeArrivedAt == null || policeClearedAt == null ? null
                : Duration.between(policeArrivedAt, policeClearedAt);
    }

    public Long getResponseMinutes() {
        Duration d = getResponseTime();
        return d == null ? null : d.toMinutes();
    }

    public Long getOnSceneMinutes() {
        Duration d = getOnSceneTime();
        return d == null ? null : d.toMinutes();
    }

    /** Who recorded it (set once, by the service, from the signed-in user). */
    public void recordedBy(String username) {
        if (recordedBy == null) {
            recordedBy = username;
        }
    }

    /** A manager's completion: the details an officer on shift had no time for. */
    public void complete(Incident edited, String by) {
        this.location = edited.location;
        this.occurredAt = edited.occurredAt;
        this.category = edited.category;
        this.violenceType = edited.violenceType;
        this.respondingOfficers = edited.respondingOfficers;
        this.caseNumber = edited.caseNumber;
        this.summary = edited.summary;
        this.outcome = edited.outcome;
        this.injuries = edited.injuries;
        recordPoliceTimes(edited.policeRequestedAt, edited.policeArrivedAt, edited.policeClearedAt);
        this.completedBy = by;
    }

    /** Every police-involved incident gets a review unless a manager waives it, giving the reason. */
    public void waiveReview(String reason, String by, boolean hasReview) {
        if (hasReview) {
            throw new DomainRuleViolation("incident.waive.hasReview",
                    "This incident already has a review; it cannot be waived.");
        }
        if (waiverReason != null) {
            throw new DomainRuleViolation("incident.waive.already", "The review of this incident is already waived.");
        }
        this.waiverReason = Reason.required(reason, "reason", "incident.waive.reasonRequired",
                "Give the reason this incident needs no review.");
        this.waivedBy = by;
    }

    public boolean isReviewWaived() {
        return waiverReason != null;
    }

    public boolean isCompleted() {
        return completedBy != null;
    }

    @Override
    public String auditType() {
        return "Incident";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("facility", facility == null ? null : facility.getId())
                .with("agency", agency == null ? null : agency.getId()).with("location", location)
                .with("occurredAt", occurredAt).with("category", category).with("violenceType", violenceType)
                .with("policeRequestedAt", policeRequestedAt).with("policeArrivedAt", policeArrivedAt)
                .with("policeClearedAt", policeClearedAt).with("respondingOfficers", respondingOfficers)
                .with("caseNumber", caseNumber).with("summary", summary).with("outcome", outcome)
                .with("injuries", injuries).with("completedBy", completedBy).with("waiverReason", waiverReason)
                .with("waivedBy", waivedBy).build();
    }

    public Facility getFacility() { return facility; }
    public void setFacility(Facility facility) { this.facility = facility; }
    public Agency getAgency() { return agency; }
    public void setAgency(Agency agency) { this.agency = agency; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
    public IncidentCategory getCategory() { return category; }
    public void setCategory(IncidentCategory category) { this.category = category; }
    public Integer getViolenceType() { return violenceType; }
    public void setViolenceType(Integer violenceType) { this.violenceType = violenceType; }
    public LocalDateTime getPoliceRequestedAt() { return policeRequestedAt; }
    /** For a form's copy; the order of the times is checked when it is applied and again when it is stored. */
    public void setPoliceRequestedAt(LocalDateTime at) { this.policeRequestedAt = at; }
    public LocalDateTime getPoliceArrivedAt() { return policeArrivedAt; }
    public void setPoliceArrivedAt(LocalDateTime at) { this.policeArrivedAt = at; }
    public LocalDateTime getPoliceClearedAt() { return policeClearedAt; }
    public void setPoliceClearedAt(LocalDateTime at) { this.policeClearedAt = at; }
    public String getRespondingOfficers() { return respondingOfficers; }
    public void setRespondingOfficers(String respondingOfficers) { this.respondingOfficers = respondingOfficers; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getInjuries() { return injuries; }
    public void setInjuries(String injuries) { this.injuries = injuries; }
    public String getRecordedBy() { return recordedBy; }
    public String getCompletedBy() { return completedBy; }
    public String getWaiverReason() { return waiverReason; }
    public String getWaivedBy() { return waivedBy; }
}
