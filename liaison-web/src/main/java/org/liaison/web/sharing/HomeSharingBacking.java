package org.liaison.web.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.liaison.agreement.AgreementFilter;
import org.liaison.agreement.AgreementService;
import org.liaison.disclosure.DisclosureService;
import org.liaison.domain.agreement.Agreement;
import org.liaison.platform.PageRequest;
import org.liaison.sharing.AckRate;
import org.liaison.sharing.BulletinFilter;
import org.liaison.sharing.BulletinRow;
import org.liaison.sharing.BulletinService;
import org.liaison.sharing.HospitalContact;
import org.liaison.web.security.ActiveUser;

/**
 * The home page's information-sharing part: for directors and managers question 8 (acknowledgement rate by label and
 * facility), bulletins past their deadline and disclosures awaiting approval; for officers and partners the bulletins
 * they still have to acknowledge; for partners their portal (inbound form, agreements, whom to call).
 */
@Named
@RequestScoped
public class HomeSharingBacking {

    @Inject
    BulletinService bulletins;

    @Inject
    DisclosureService disclosures;

    @Inject
    AgreementService agreements;

    @Inject
    ActiveUser user;

    @Inject
    org.liaison.web.home.HomeFigures kept;

    @Inject
    org.liaison.web.home.HomeRows rows;

    private int rateCount;

    private List<AckRate> rates = List.of();
    private long pastDeadline;
    private long awaitingApproval;
    private List<BulletinRow> toAcknowledge = List.of();
    private long toAcknowledgeTotal;
    private List<Agreement> partnerAgreements = List.of();
    private List<HospitalContact> contacts = List.of();

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now();
        if (isOverseer()) {
            List<AckRate> all = kept.get("rates", bulletins::rateByLabelAndFacility);
            rateCount = all.size();
            // Beyond ten rows, the lowest rates first; "show all" lists every facility and label.
            rates = rows.shown("rates", all, java.util.Comparator.comparingInt(AckRate::percent)
                    .thenComparing(AckRate::facilityName).thenComparing(AckRate::tlp));
            pastDeadline = kept.get("pastDeadline", () -> bulletins.search(new BulletinFilter(null, null, null, null,
                    null, null, false, true), today, PageRequest.of(0, 1)).total());
            awaitingApproval = kept.get("awaitingApproval", disclosures::countAwaitingApproval);
        }
        if (user.is("OFFICER") || user.is("PARTNER") || user.is("MANAGER")) {
            var page = bulletins.search(new BulletinFilter(null, null, null, null, null, null, true, false), today,
                    PageRequest.of(0, 5));
            toAcknowledge = page.items();
            toAcknowledgeTotal = page.total();
        }
        if (isPartner()) {
            partnerAgreements = agreements.search(AgreementFilter.none(), today, PageRequest.of(0, 5)).items();
            contacts = bulletins.hospitalContactsForMyAgency();
        }
    }

    public boolean isOverseer() {
        return user.is("DIRECTOR") || user.is("MANAGER") || user.is("AUDITOR");
    }

    public boolean isPartner() {
        return user.is("PARTNER") && !user.is("DIRECTOR") && !user.is("ADMIN") && !user.is("AUDITOR");
    }

    public List<AckRate> getRates() { return rates; }
    /** Every facility and label with bulletins, of which {@link #getRates()} may show the ten lowest. */
    public int getRateCount() { return rateCount; }
    public long getPastDeadline() { return pastDeadline; }
    public long getAwaitingApproval() { return awaitingApproval; }
    public List<BulletinRow> getToAcknowledge() { return toAcknowledge; }
    public long getToAcknowledgeTotal() { return toAcknowledgeTotal; }
    public List<Agreement> getPartnerAgreements() { return partnerAgreements; }
    public List<HospitalContact> getContacts() { return contacts; }
}
