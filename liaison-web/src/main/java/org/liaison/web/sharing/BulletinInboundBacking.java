package org.liaison.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.sharing.Bulletin;
import org.liaison.domain.sharing.BulletinCategory;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;
import org.liaison.platform.InvalidInput;
import org.liaison.sharing.BulletinDraft;
import org.liaison.sharing.BulletinService;
import org.liaison.web.shared.Feedback;

/** bulletins/inbound: a partner tells the hospital about their agency's concern; a manager triages it. */
@Named
@ViewScoped
public class BulletinInboundBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BulletinService bulletins;

    private String title;
    private String body;
    private BulletinCategory category = BulletinCategory.CONCERN;
    private Tlp tlp = Tlp.AMBER;
    private LocalDate validUntil;
    private List<Long> facilityIds = new ArrayList<>();
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilities;

    public void load() {
        getFacilities();
    }

    public String send() {
        try {
            Bulletin saved = bulletins.submitInbound(new BulletinDraft(title, body, category, tlp, null,
                    new HashSet<>(facilityIds), Set.of(), Set.of(), Set.of(), Set.of(), false, validUntil, false, null,
                    false));
            Feedback.savedAndRedirecting("bulletin.sent", saved.getTitle());
            return "/bulletins/view?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInput e) {
            Feedback.invalid(e, "inbound");
        } catch (DomainRuleViolation e) {
            Feedback.invalid(InvalidInput.of(e.getField() == null ? "inbound" : e.getField(), e.getMessage()),
                    "inbound");
        }
        return null;
    }

    public BulletinCategory[] getCategories() { return BulletinCategory.values(); }
    public Tlp[] getLabels() { return new Tlp[] {Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT}; }
    public List<Facility> getFacilities() {
        if (facilities == null) {
            facilities = bulletins.facilitiesServedByMyAgency();
        }
        return facilities;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public BulletinCategory getCategory() { return category; }
    public void setCategory(BulletinCategory category) { this.category = category; }
    public Tlp getTlp() { return tlp; }
    public void setTlp(Tlp tlp) { this.tlp = tlp; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public List<Long> getFacilityIds() { return facilityIds; }
    public void setFacilityIds(List<Long> facilityIds) { this.facilityIds = facilityIds; }
}
