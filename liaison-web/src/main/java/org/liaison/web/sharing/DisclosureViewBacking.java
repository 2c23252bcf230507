package org.liaison.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaison.disclosure.DisclosureService;
import org.liaison.domain.sharing.disclosure.Disclosure;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/**
 * disclosures/view: one disclosure. Managers, directors and auditors see the full patient identifier here (the view
 * is audited); officers see it masked. Directors approve.
 */
@Named
@ViewScoped
public class DisclosureViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService disclosures;

    @Inject
    ActiveUser user;

    private Long id;
    private Disclosure disclosure;
    private String mrn;

    public void load() {
        if (disclosure != null) {
            return;
        }
        try {
            disclosure = disclosures.find(id);
            mrn = disclosures.showsFullIdentifier() ? disclosures.fullIdentifier(id) : disclosure.getMaskedMrn();
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public void approve() {
        try {
            disclosure = disclosures.approve(id, disclosure.getVersion());
            Feedback.info("disclosure.approved");
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    public boolean isApprover() {
        return user.is("DIRECTOR");
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Disclosure getDisclosure() { return disclosure; }
    public String getMrn() { return mrn; }
}
