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

/**
 * agencies/view: one agency with its people.
 * <p>
 * What the page shows (the agency, up to 200 people, the history) is not kept in the session, which the cluster
 * serializes after every request and reads back before the next one, for as long as the page is among the person's
 * last five: it is read again when a postback on this page needs it. The version the person saw is kept, so a delete
 * still notices a colleague's change made since.
 */
@Named
@ViewScoped
public class AgencyViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An agency has a handful of contacts; more than this belongs in the contacts search, not on one page. */
    private static final int CONTACTS_SHOWN = 200;
    private static final int FORMER_SHOWN = 50;

    @Inject
    AgencyService agencies;

    @Inject
    ContactService contacts;

    private Long id;
    private long versionShown;
    private transient Agency agency;
    private transient List<Contact> people;
    private long peopleTotal;
    /** People who left the agency, by surname (the first 50): kept on record, no longer called. */
    private transient List<Contact> formerPeople;
    private long formerTotal;
    private boolean editable;
    private transient List<org.liaison.engagement.AgencyTimeline.Entry> timeline;
    private long timelineTotal;
    private int timelineShown = 15;
    /** Whether this request has read the page's records (false again once the session was read back). */
    private transient boolean read;

    @Inject
    org.liaison.engagement.AgencyTimeline history;

    /** Called from f:viewAction; an unknown or out-of-scope id shows the not-found page. */
    public void load() {
        if (!read) {
            read();
        }
    }

    private void read() {
        read = true;
        try {
            agency = agencies.find(id);
            versionShown = agency.getVersion();
            editable = agencies.canEdit(id);
            var page = contacts.search(id, null, new PageRequest(0, CONTACTS_SHOWN, "lastName", true));
            people = page.items();
            peopleTotal = page.total();
            var former = contacts.search(id, null, true, new PageRequest(0, FORMER_SHOWN, "lastName", true));
            formerPeople = former.items();
            formerTotal = former.total();
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
            read();
        } catch (RecordNotFound e) {
            Feedback.error("contact.gone");
        }
    }

    public String delete() {
        try {
            Agency shown = getAgency();
            if (shown == null) {
                return null; // gone since: the not-found page is already on its way
            }
            agencies.delete(id, versionShown);
            Feedback.savedAndRedirecting("agency.deleted", shown.getName());
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

    /** After a postback's session was read back: what the page shows, read again (the version seen stays). */
    private void readAgain() {
        if (!read && id != null) {
            long seen = versionShown;
            read();
            versionShown = seen;
        }
    }

    public List<org.liaison.engagement.AgencyTimeline.Entry> getTimeline() {
        readAgain();
        return timeline;
    }

    public long getTimelineTotal() { return timelineTotal; }

    public boolean isVerificationDue(Contact contact) {
        return contact.isVerificationDue(LocalDate.now());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Agency getAgency() {
        readAgain();
        return agency;
    }

    public List<Contact> getPeople() {
        readAgain();
        return people;
    }

    public long getPeopleTotal() { return peopleTotal; }

    public List<Contact> getFormerPeople() {
        readAgain();
        return formerPeople;
    }

    public long getFormerTotal() { return formerTotal; }
    public boolean isEditable() { return editable; }
}
