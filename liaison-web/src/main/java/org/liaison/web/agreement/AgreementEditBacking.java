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
import java.util.Set;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
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
import org.liaison.web.shared.Choice;
import org.liaison.web.shared.Choices;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/** agreements/edit: draft a new agreement or change the terms and parties of one. */
@Named
@ViewScoped
public class AgreementEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_PAGE = 15;

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
    /** The parties picker's offers: a page of agencies in scope per completion, never the whole directory. */
    private final Choices agencyChoices = new Choices();
    private List<Choice> agencies = new ArrayList<>();
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilities;

    public void load() {
        if (agreement != null) {
            return;
        }
        try {
            if (id == null) {
                agreement = new Agreement();
            } else {
                agreement = agreements.find(id);
                effectiveOn = agreement.getEffectiveOn();
                expiresOn = agreement.getExpiresOn();
                clauses = new ArrayList<>(agreement.getClauses());
                facilityIds = new ArrayList<>(agreement.getFacilities().stream().map(Facility::getId).toList());
                agencies = new ArrayList<>(agencyChoices.offer(agreement.getAgencies().stream()
                        .sorted(java.util.Comparator.comparing(Agency::getName, String.CASE_INSENSITIVE_ORDER))
                        .map(a -> new Choice(a.getId(), a.getName())).toList()));
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
                    ? agreements.create(agreement, new HashSet<>(facilityIds), agencyIds(), null)
                    : agreements.updateTerms(id, agreement.getVersion(), agreement, new HashSet<>(facilityIds),
                            agencyIds(), null);
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
    public List<Facility> getFacilities() {
        if (facilities == null) {
            facilities = whoToCall.facilities();
        }
        return facilities;
    }

    public List<Choice> getAgencies() { return agencies; }
    public void setAgencies(List<Choice> agencies) { this.agencies = agencies == null ? new ArrayList<>() : agencies; }
    public Choices getAgencyChoices() { return agencyChoices; }

    /** Agencies in the caller's scope whose name contains what the user typed, a page at a time. */
    public List<Choice> completeAgency(String text) {
        return agencyChoices.offer(agencyService.search(new AgencyFilter(text, null, null, null),
                new PageRequest(0, PICKER_PAGE, "name", true)).items().stream()
                .map(a -> new Choice(a.id(), a.name())).toList());
    }

    private Set<Long> agencyIds() {
        Set<Long> ids = new HashSet<>();
        agencies.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
