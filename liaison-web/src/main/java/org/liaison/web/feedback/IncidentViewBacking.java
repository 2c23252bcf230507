package org.liaison.web.feedback;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaison.domain.feedback.Incident;
import org.liaison.domain.feedback.IncidentCategory;
import org.liaison.domain.feedback.Review;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.feedback.IncidentService;
import org.liaison.feedback.ReviewService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/** incidents/view: the record, the manager's completion, and the decision about its review (open or waive). */
@Named
@ViewScoped
public class IncidentViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService incidents;

    @Inject
    ReviewService reviews;

    private Long id;
    private Incident incident;
    /** The form's copy: what the manager types lands here, and the service applies it to the record. */
    private Incident edited;
    private Long reviewId;
    private String waiverReason;

    public void load() {
        try {
            incident = incidents.find(id);
            reviewId = incidents.reviewOf(id);
            edited = copy(incident);
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    private static Incident copy(Incident i) {
        Incident c = new Incident(i.getFacility(), i.getAgency(), i.getLocation(), i.getOccurredAt(), i.getCategory(),
                i.getSummary());
        c.setViolenceType(i.getViolenceType());
        c.setPoliceRequestedAt(i.getPoliceRequestedAt());
        c.setPoliceArrivedAt(i.getPoliceArrivedAt());
        c.setPoliceClearedAt(i.getPoliceClearedAt());
        c.setRespondingOfficers(i.getRespondingOfficers());
        c.setCaseNumber(i.getCaseNumber());
        c.setOutcome(i.getOutcome());
        c.setInjuries(i.getInjuries());
        return c;
    }

    public void complete() {
        try {
            incident = incidents.complete(id, incident.getVersion(), edited);
            edited = copy(incident);
            Feedback.info("incident.completed");
        } catch (InvalidInput e) {
            Feedback.invalid(e, "complete");
        } catch (DomainRuleViolation e) {
            fail(e, "complete");
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    public void waive() {
        try {
            incident = incidents.waiveReview(id, incident.getVersion(), waiverReason);
            Feedback.info("incident.waived");
        } catch (DomainRuleViolation e) {
            fail(e, "decision");
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    public String openReview() {
        try {
            Review review = reviews.openForIncident(id);
            Feedback.savedAndRedirecting("review.opened");
            return "/reviews/view?faces-redirect=true&id=" + review.getId();
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
            return null;
        }
    }

    private static void fail(DomainRuleViolation e, String form) {
        if (e.getField() != null) {
            Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), form);
        } else {
            Feedback.refused(e.getMessage());
        }
    }

    public IncidentCategory[] getCategories() { return IncidentCategory.values(); }
    public java.util.List<Integer> getViolenceTypes() { return java.util.List.of(1, 2, 3, 4); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Incident getIncident() { return incident; }
    public Incident getEdited() { return edited; }
    public Long getReviewId() { return reviewId; }
    public String getWaiverReason() { return waiverReason; }
    public void setWaiverReason(String waiverReason) { this.waiverReason = waiverReason; }
}
