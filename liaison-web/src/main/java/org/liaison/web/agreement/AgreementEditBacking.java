package org.liaison.web.agreement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.agency.AgencySummary;
import org.liaison.agreement.AgreementService;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agreement.Agreement;
import org.liaison.domain.agreement.AgreementPeriod;
import org.liaison.domain.agreement.AgreementType;
import org.liaison.domain.agreement.ClauseTag;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.relationship.WhoToCall;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/** agreements/edit: draft a new agreement or change the terms and parties of one. */
@Named
@ViewScoped
public class AgreementEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementService agreements;

    @Inject
    AgencyService agencyService;

    @Inject
    WhoToCall whoToCall;

    private Long id;
    private Agreement agreement;
    private LocalDate effectiveOn;
    private LocalDate expiresOn;
    private List<ClauseTag> clauses = new ArrayList<>();
    private List<Long> facilityIds = new ArrayList<>();
    private List<Long> agencyIds = new ArrayList<>();
    private List<Facility> facilities;
    private List<AgencySummary> agencies;

    public void load() {
        if (agreement != null) {
            return;
        }
        try {
            facilities = whoToCall.facilities();
            agencies = agencyService.search(AgencyFilter.none(), new PageRequest(0, PageRequest.MAX_LIMIT, "name", true))
                    .items();
            if (id == null) {
                agreement = new Agreement();
            } else {
                agreement = agreements.find(id);
                effectiveOn = agreement.getEffectiveOn();
                expiresOn = agreement.getExpiresOn();
                clauses = new ArrayList<>(agreement.getClauses());
                facilityIds = new ArrayList<>(agreement.getFacilities().stream().map(Facility::getId).toList());
                agencyIds = new ArrayList<>(agreement.getAgencies().stream().map(Agency::getId).toList());
            }
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public String save() {
        agreement.setClauses(clauses.isEmpty() ? EnumSet.noneOf(ClauseTag.class) : EnumSet.copyOf(clauses));
        try {
            agreement.reschedule(new AgreementPeriod(effectiveOn, expiresOn));
            Agreement saved = agreement.isNew()
                    ? agreements.create(agreement, new HashSet<>(facilityIds), new HashSet<>(agencyIds), null)
                    : agreements.updateTerms(id, agreement.getVersion(), agreement, new HashSet<>(facilityIds),
                            new HashSet<>(agencyIds));
            Feedback.savedAndRedirecting("agreement.saved", saved.getTitle());
            return "/agreements/view?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInput e) {
            Feedback.invalid(e, "agreement");
        } catch (DomainRuleViolation e) {
            // a rule of the agreement about one field (the period, the parties): shown beside that field
            Feedback.invalid(InvalidInput.of(e.getField() == null ? "agreement" : e.getField(), e.getMessage()),
                    "agreement");
        } catch (StaleRecord e) {
            Feedback.stale();
        } catch (RecordNotFound e) {
            Feedback.error("agreement.outOfScope");
        }
        return null;
    }

    public AgreementType[] getTypes() { return AgreementType.values(); }
    public ClauseTag[] getAllClauses() { return ClauseTag.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Agreement getAgreement() { return agreement; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public List<ClauseTag> getClauses() { return clauses; }
    public void setClauses(List<ClauseTag> clauses) { this.clauses = clauses; }
    public List<Long> getFacilityIds() { return facilityIds; }
    public void setFacilityIds(List<Long> facilityIds) { this.facilityIds = facilityIds; }
    public List<Long> getAgencyIds() { return agencyIds; }
    public void setAgencyIds(List<Long> agencyIds) { this.agencyIds = agencyIds; }
    public List<Facility> getFacilities() { return facilities; }
    public List<AgencySummary> getAgencies() { return agencies; }
}
