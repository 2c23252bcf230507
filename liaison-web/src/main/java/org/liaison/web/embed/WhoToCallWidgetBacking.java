package org.liaison.web.embed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.liaison.domain.facility.Facility;
import org.liaison.relationship.WhoToCall;

/**
 * embed/who-to-call: one facility's direct lines as a compact widget the intranet portal frames. The facility is named
 * by its code or id ({@code ?facility=RGH}); without one, the person's first facility. One outside their scope is not
 * found. Nothing to keep between requests: the page has no form.
 */
@Named
@RequestScoped
public class WhoToCallWidgetBacking {

    @Inject
    WhoToCall whoToCall;

    private String facility;
    private Facility shown;
    private List<WhoToCall.Card> cards = List.of();

    public void load() {
        if (facility == null || facility.isBlank()) {
            List<Facility> mine = whoToCall.facilities();
            facility = mine.isEmpty() ? "" : String.valueOf(mine.get(0).getId());
        }
        shown = whoToCall.facility(facility);
        cards = whoToCall.forFacility(shown.getId());
    }

    public String getFacility() { return facility; }
    public void setFacility(String facility) { this.facility = facility; }
    public Facility getShown() { return shown; }
    public List<WhoToCall.Card> getCards() { return cards; }
}
