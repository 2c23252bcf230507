package org.liaison.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.agency.ContactService;
import org.liaison.platform.PageRequest;

/** The home page's figures, each counted in the database within the user's scope. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    AgencyService agencies;

    @Inject
    ContactService contacts;

    @Inject
    org.liaison.relationship.WhoToCall whoToCall;

    @Inject
    org.liaison.web.security.ActiveUser user;

    private java.util.List<org.liaison.relationship.WhoToCall.Card> calls = java.util.List.of();
    private String callsFacility;
    @Inject
    org.liaison.relationship.RelationshipBoard board;

    private org.liaison.relationship.RelationshipBoard.Summary summary;
    private long agencyCount;
    private long contactCount;
    private long staleContactCount;

    @PostConstruct
    void load() {
        agencyCount = agencies.search(AgencyFilter.none(), PageRequest.of(0, 1)).total();
        contactCount = contacts.search(null, null, PageRequest.of(0, 1)).total();
        staleContactCount = contacts.countVerificationDue(LocalDate.now());
        if (user.isStaff()) {
            summary = board.summary(LocalDate.now());
        }
        if (user.is("OFFICER") || user.is("MANAGER")) {
            var facilities = whoToCall.facilities();
            if (!facilities.isEmpty()) {
                // An officer's home facility first: the card is for the person on shift, not for the director.
                calls = whoToCall.forFacility(facilities.get(0).getId());
                callsFacility = facilities.get(0).getName();
            }
        }
    }

    public java.util.List<org.liaison.relationship.WhoToCall.Card> getCalls() { return calls; }
    public String getCallsFacility() { return callsFacility; }

    public org.liaison.relationship.RelationshipBoard.Summary getSummary() { return summary; }
    public long getAgencyCount() { return agencyCount; }
    public long getContactCount() { return contactCount; }
    public long getStaleContactCount() { return staleContactCount; }
}
