package org.liaison.web.agency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.liaison.agency.AgencyService;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/** agencies/edit: adds an agency (no id) or changes one. What the user typed stays on the page when saving fails. */
@Named
@ViewScoped
public class AgencyEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencies;

    private Long id;
    private Agency agency;
    private Long facilityId;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilities;

    public void load() {
        if (agency != null) {
            return; // a postback of the same view keeps what the user typed
        }
        try {
            if (id == null) {
                agency = new Agency();
                List<Facility> choices = getFacilities();
                if (choices.size() == 1) {
                    facilityId = choices.get(0).getId();
                }
            } else if (agencies.canEdit(id)) {
                agency = agencies.find(id);
            } else {
                Faces.responseSendError(404, "Not found");
            }
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public String save() {
        try {
            Agency saved = agency.isNew() ? agencies.create(agency, facilityId) : agencies.update(agency);
            Feedback.savedAndRedirecting("agency.saved", saved.getName());
            return "/agencies/view?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInput e) {
            Feedback.invalid(e, "agency");
        } catch (StaleRecord e) {
            Feedback.stale();
        } catch (RecordNotFound e) {
            Feedback.error("agency.outOfScope");
        }
        return null;
    }

    public AgencyType[] getTypes() {
        return AgencyType.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Agency getAgency() { return agency; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public List<Facility> getFacilities() {
        if (facilities == null) {
            facilities = agencies.facilitiesForNewAgency();
        }
        return facilities;
    }

}
