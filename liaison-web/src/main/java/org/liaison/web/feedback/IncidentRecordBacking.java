package org.liaison.web.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.feedback.Incident;
import org.liaison.domain.feedback.IncidentCategory;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.facility.FacilityService;
import org.liaison.feedback.IncidentService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.web.shared.Feedback;

/**
 * The short "record an incident" form an officer fills in on a phone: where, when, what, which agency, when police
 * were called, and a line of what happened. The rest a manager completes later.
 */
@Named
@ViewScoped
public class IncidentRecordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService incidents;

    @Inject
    FacilityService facilities;

    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilityChoices;
    private Long facilityId;
    private Pick agency;
    private String location;
    private LocalDateTime occurredAt;
    private IncidentCategory category;
    private LocalDateTime policeRequestedAt;
    private LocalDateTime policeArrivedAt;
    private String summary;
    private Long recordedId;

    @PostConstruct
    void init() {
        List<Facility> choices = getFacilityChoices();
        facilityId = choices.isEmpty() ? null : choices.get(0).getId();
        occurredAt = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
    }

    public void record() {
        Incident incident = new Incident();
        incident.setLocation(location);
        incident.setOccurredAt(occurredAt);
        incident.setCategory(category);
        incident.setPoliceRequestedAt(policeRequestedAt);
        incident.setPoliceArrivedAt(policeArrivedAt);
        incident.setSummary(summary);
        try {
            if (Pick.idOf(agency) == null) {
                throw InvalidInput.of("agency", org.liaison.web.shared.Texts.get("incident.agency.choose"));
            }
            Incident saved = incidents.record(incident, facilityId, agency.id());
            recordedId = saved.getId();
            Feedback.info("incident.recorded", saved.getAgency().getName());
            location = null;
            summary = null;
            category = null;
            policeRequestedAt = null;
            policeArrivedAt = null;
            occurredAt = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        } catch (InvalidInput e) {
            Feedback.invalid(rename(e), "record");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), "record");
            } else {
                Feedback.refused(e.getMessage());
            }
        }
    }

    /** The service names the fields as the API does (agencyId); the form's inputs are named after what they hold. */
    private static InvalidInput rename(InvalidInput e) {
        return e.renamed(java.util.Map.of("agencyId", "agency"));
    }

    public IncidentCategory[] getCategories() { return IncidentCategory.values(); }
    public List<Facility> getFacilityChoices() {
        if (facilityChoices == null) {
            facilityChoices = facilities.list(PageRequest.of(0, 50)).items();
        }
        return facilityChoices;
    }

    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public Pick getAgency() { return agency; }
    public void setAgency(Pick agency) { this.agency = agency; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
    public IncidentCategory getCategory() { return category; }
    public void setCategory(IncidentCategory category) { this.category = category; }
    public LocalDateTime getPoliceRequestedAt() { return policeRequestedAt; }
    public void setPoliceRequestedAt(LocalDateTime at) { this.policeRequestedAt = at; }
    public LocalDateTime getPoliceArrivedAt() { return policeArrivedAt; }
    public void setPoliceArrivedAt(LocalDateTime at) { this.policeArrivedAt = at; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Long getRecordedId() { return recordedId; }
}
