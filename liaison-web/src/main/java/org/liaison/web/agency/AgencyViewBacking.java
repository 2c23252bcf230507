package org.liaison.web.agency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.agency.AgencyService;
import org.liaison.agency.ContactService;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/** agencies/view: one agency with its people. */
@Named
@ViewScoped
public class AgencyViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An agency has a handful of contacts; more than this belongs in the contacts search, not on one page. */
    private static final int CONTACTS_SHOWN = 200;

    @Inject
    AgencyService agencies;

    @Inject
    ContactService contacts;

    private Long id;
    private Agency agency;
    private List<Contact> people;
    private long peopleTotal;
    private boolean editable;
    private List<org.liaison.engagement.AgencyTimeline.Entry> timeline;
    private long timelineTotal;
    private int timelineShown = 15;

    @Inject
    org.liaison.engagement.AgencyTimeline history;

    /** Called from f:viewAction; an unknown or out-of-scope id shows the not-found page. */
    public void load() {
        try {
            agency = agencies.find(id);
            editable = agencies.canEdit(id);
            var page = contacts.search(id, null, new PageRequest(0, CONTACTS_SHOWN, "lastName", true));
            people = page.items();
            peopleTotal = page.total();
            if (!agencies.isPartnerView()) {
                loadTimeline();
            }
        } catch (RecordNotFound | IllegalArgumentException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public void verify(Contact contact) {
        try {
            contacts.verify(contact.getId(), LocalDate.now());
            Feedback.info("contact.verified", contact.getDisplayName());
            load();
        } catch (RecordNotFound e) {
            Feedback.error("contact.gone");
        }
    }

    public String delete() {
        try {
            agencies.delete(agency.getId(), agency.getVersion());
            Feedback.savedAndRedirecting("agency.deleted", agency.getName());
            return "/agencies/index?faces-redirect=true";
        } catch (StaleRecord e) {
            Feedback.stale();
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
        }
        return null;
    }

    public void moreHistory() {
        timelineShown += 15;
        loadTimeline();
    }

    private void loadTimeline() {
        var page = history.of(id, new PageRequest(0, timelineShown, null, false));
        timeline = page.items();
        timelineTotal = page.total();
    }

    public List<org.liaison.engagement.AgencyTimeline.Entry> getTimeline() { return timeline; }
    public long getTimelineTotal() { return timelineTotal; }

    public boolean isVerificationDue(Contact contact) {
        return contact.isVerificationDue(LocalDate.now());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Agency getAgency() { return agency; }
    public List<Contact> getPeople() { return people; }
    public long getPeopleTotal() { return peopleTotal; }
    public boolean isEditable() { return editable; }
}
