package org.liaison.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.agency.AgencySummary;
import org.liaison.disclosure.DisclosureInput;
import org.liaison.disclosure.DisclosureService;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.sharing.disclosure.Disclosure;
import org.liaison.domain.sharing.disclosure.DisclosureBasis;
import org.liaison.domain.sharing.disclosure.LegalDocument;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.relationship.WhoToCall;
import org.liaison.web.shared.Feedback;

/** disclosures/edit: record a disclosure with every field HIPAA requires; a missing one is named beside its field. */
@Named
@ViewScoped
public class DisclosureEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService disclosures;

    @Inject
    AgencyService agencyService;

    @Inject
    WhoToCall whoToCall;

    private String mrn;
    private LocalDate disclosedOn = LocalDate.now();
    private Long facilityId;
    private AgencySummary agency;
    private String recipientName;
    private String recipientAddress;
    private String description;
    private String purpose;
    private DisclosureBasis basis;
    private LegalDocument legalDocument;
    private String legalReference;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilities;
    private boolean loaded;
    private final Picker<AgencySummary> agencyPicker = new Picker<>(AgencySummary::id);

    public void load() {
        if (!loaded) {
            loaded = true;
            List<Facility> choices = getFacilities();
            if (choices.size() == 1) {
                facilityId = choices.get(0).getId();
            }
        }
    }

    public List<AgencySummary> completeAgency(String query) {
        return agencyPicker.offer(agencyService.search(new AgencyFilter(query, null, null, null),
                new PageRequest(0, 10, "name", true)).items());
    }

    public String save() {
        try {
            Disclosure d = disclosures.record(new DisclosureInput(mrn, disclosedOn, facilityId,
                    agency == null ? null : agency.id(), recipientName, recipientAddress, description, purpose, basis,
                    legalDocument, legalReference, null));
            Feedback.savedAndRedirecting("disclosure.saved");
            return "/disclosures/view?faces-redirect=true&id=" + d.getId();
        } catch (InvalidInput e) {
            Feedback.invalid(e, "disclosure");
        } catch (DomainRuleViolation e) {
            Feedback.invalid(InvalidInput.of(e.getField() == null ? "disclosure" : e.getField(), e.getMessage()),
                    "disclosure");
        }
        return null;
    }

    public DisclosureBasis[] getBases() { return DisclosureBasis.values(); }
    public LegalDocument[] getDocuments() { return LegalDocument.values(); }
    public List<Facility> getFacilities() {
        if (facilities == null) {
            facilities = whoToCall.facilities();
        }
        return facilities;
    }

    public Picker<AgencySummary> getAgencyPicker() { return agencyPicker; }
    public String getMrn() { return mrn; }
    public void setMrn(String mrn) { this.mrn = mrn; }
    public LocalDate getDisclosedOn() { return disclosedOn; }
    public void setDisclosedOn(LocalDate disclosedOn) { this.disclosedOn = disclosedOn; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public AgencySummary getAgency() { return agency; }
    public void setAgency(AgencySummary agency) { this.agency = agency; }
    public String getRecipientName() { return recipientName; }
    public void setRecipientName(String recipientName) { this.recipientName = recipientName; }
    public String getRecipientAddress() { return recipientAddress; }
    public void setRecipientAddress(String recipientAddress) { this.recipientAddress = recipientAddress; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public DisclosureBasis getBasis() { return basis; }
    public void setBasis(DisclosureBasis basis) { this.basis = basis; }
    public LegalDocument getLegalDocument() { return legalDocument; }
    public void setLegalDocument(LegalDocument legalDocument) { this.legalDocument = legalDocument; }
    public String getLegalReference() { return legalReference; }
    public void setLegalReference(String legalReference) { this.legalReference = legalReference; }
}
