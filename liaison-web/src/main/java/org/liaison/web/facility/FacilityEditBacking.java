package org.liaison.web.facility;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.facility.FacilityService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/** facilities/edit: administrators add or change a facility. */
@Named
@ViewScoped
public class FacilityEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FacilityService facilities;

    private Long id;
    private Facility facility;

    public void load() {
        if (facility != null) {
            return;
        }
        try {
            facility = id == null ? new Facility() : facilities.find(id);
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public String save() {
        try {
            Facility saved = facility.isNew() ? facilities.create(facility) : facilities.update(facility);
            Feedback.savedAndRedirecting("facility.saved", saved.getName());
            return "/facilities/index?faces-redirect=true";
        } catch (InvalidInput e) {
            Feedback.invalid(e, "facility");
        } catch (StaleRecord e) {
            Feedback.stale();
        }
        return null;
    }

    public FacilityKind[] getKinds() {
        return FacilityKind.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Facility getFacility() { return facility; }
}
