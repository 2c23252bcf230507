package org.liaison.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.agency.ContactService;
import org.liaison.platform.PageRequest;

/** The home page's figures, each counted in the database within the user's scope. */
@Named
@RequestScoped
public class HomeBacking {

    private static final int EXPIRING_SHOWN = 5;

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
    private java.util.List<Expiring> expiring = java.util.List.of();
    private java.util.List<org.liaison.relationship.RelationshipBoard.FacilityFigures> facilities = java.util.List.of();

    @Inject
    org.liaison.agreement.AgreementService agreements;

    @Inject
    HomeRows rows;

    @Inject
    HomeFigures kept;

    private int facilityCount;

    /** An agreement in force that expires within 90 days, as the home lists it (soonest first). */
    public record Expiring(Long id, String title, LocalDate expiresOn) implements java.io.Serializable {
    }

    @PostConstruct
    void load() {
        long[] directory = kept.get("directory", () -> new long[] {
            agencies.search(AgencyFilter.none(), PageRequest.of(0, 1)).total(),
            contacts.search(null, null, PageRequest.of(0, 1)).total(),
            contacts.countVerificationDue(LocalDate.now())});
        agencyCount = directory[0];
        contactCount = directory[1];
        staleContactCount = directory[2];
        if (user.isStaff()) {
            summary = kept.get("relationships", () -> board.summary(LocalDate.now()));
            if (user.is("DIRECTOR") || user.is("AUDITOR") || user.is("ADMIN")) {
                List<org.liaison.relationship.RelationshipBoard.FacilityFigures> all = kept.get("facilities",
                        () -> board.byFacility(LocalDate.now()));
                facilityCount = all.size();
                // Beyond ten hospitals, those furthest behind on cadence first; "show all" lists every one.
                facilities = rows.shown("facilities", all, java.util.Comparator
                        .comparingLong(org.liaison.relationship.RelationshipBoard.FacilityFigures::percentWithinCadence)
                        .thenComparing(java.util.Comparator.comparingLong(
                                org.liaison.relationship.RelationshipBoard.FacilityFigures::lapsed).reversed())
                        .thenComparing(org.liaison.relationship.RelationshipBoard.FacilityFigures::name));
            }
            if (summary.agreementsExpiringWithin90Days() > 0) {
                expiring = kept.get("expiring", () -> agreements.search(new org.liaison.agreement.AgreementFilter(null,
                        null, null, 90), LocalDate.now(), PageRequest.of(0, EXPIRING_SHOWN)).items().stream()
                        .map(g -> new Expiring(g.getId(), g.getTitle(), g.getExpiresOn())).toList());
            }
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
    public java.util.List<Expiring> getExpiring() { return expiring; }
    public java.util.List<org.liaison.relationship.RelationshipBoard.FacilityFigures> getFacilities() { return facilities; }
    /** Every hospital in scope, of which {@link #getFacilities()} may show the ten furthest behind. */
    public int getFacilityCount() { return facilityCount; }
}
