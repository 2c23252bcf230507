package org.liaison.web.relationship;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.RecordNotFound;
import org.liaison.relationship.WhoToCall;
import org.omnifaces.util.Faces;

/** who-to-call: the direct lines of one facility, and its printable contact sheet. */
@Named
@ViewScoped
public class WhoToCallBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WhoToCall whoToCall;

    @Inject
    ChosenFacility chosen;

    private Long facilityId;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilities;
    private transient List<WhoToCall.Card> cards;

    public void load() {
        List<Facility> choices = getFacilities();
        if (facilityId == null) {
            // the one chosen last in this session, else the user's own (staff see only theirs, their home first)
            Long last = chosen.get();
            facilityId = last != null && choices.stream().anyMatch(f -> f.getId().equals(last)) ? last
                    : choices.isEmpty() ? null : choices.get(0).getId();
        }
        refresh();
    }

    public void refresh() {
        try {
            cards = facilityId == null ? List.of() : whoToCall.forFacility(facilityId);
            if (facilityId != null) {
                chosen.set(facilityId);
            }
        } catch (RecordNotFound e) {
            cards = List.of();
        }
    }

    public void downloadSheet() throws IOException {
        Faces.sendFile(whoToCall.contactSheet(facilityId), "contact-sheet-ics205a.pdf", true);
    }

    public String facilityName() {
        return getFacilities().stream().filter(f -> f.getId().equals(facilityId)).map(Facility::getName).findFirst()
                .orElse("");
    }

    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public List<Facility> getFacilities() {
        if (facilities == null) {
            facilities = whoToCall.facilities();
        }
        return facilities;
    }

    public List<WhoToCall.Card> getCards() {
        if (cards == null) {
            refresh();
        }
        return cards;
    }
}
