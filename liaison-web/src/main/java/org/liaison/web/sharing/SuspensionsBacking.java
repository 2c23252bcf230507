package org.liaison.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.disclosure.DisclosureService;
import org.liaison.domain.sharing.disclosure.AccountingSuspension;
import org.liaison.domain.sharing.disclosure.SuspensionKind;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.feedback.Pick;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/**
 * disclosures/suspensions: law enforcement's requests to suspend the accounting of disclosures (164.528(a)(2)). Managers
 * and directors record one (written: until its date; oral: 30 days) and end one when the agency withdraws it; auditors
 * read them. Each shows whether it holds today, so the accounting's gaps have a visible reason.
 */
@Named
@ViewScoped
public class SuspensionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService disclosures;

    @Inject
    ActiveUser user;

    private List<AccountingSuspension> suspensions = List.of();
    private Pick agency;
    private String mrn;
    private SuspensionKind kind = SuspensionKind.WRITTEN;
    private LocalDate requestedOn = LocalDate.now();
    private LocalDate until;
    private String requestedBy;
    private String statement;
    private Long writtenId;
    private LocalDate writtenUntil;

    public void load() {
        if (!(user.is("MANAGER") || user.is("DIRECTOR") || user.is("AUDITOR"))) {
            Faces.responseSendError(404, "Not found");
            return;
        }
        suspensions = disclosures.suspensions(null);
    }

    public void record() {
        try {
            AccountingSuspension s = disclosures.suspend(Pick.idOf(agency), mrn, kind == SuspensionKind.WRITTEN,
                    requestedOn, kind == SuspensionKind.WRITTEN ? until : null, requestedBy, statement);
            Feedback.savedAndRedirecting("suspension.recorded", s.getAgency().getName(), s.lastDay());
            Faces.redirect("disclosures/suspensions");
        } catch (InvalidInput e) {
            Feedback.invalid(rename(e), "suspend");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                Feedback.invalid(rename(InvalidInput.of(e.getField(), e.getMessage())), "suspend");
            } else {
                Feedback.refused(e.getMessage());
            }
        }
    }

    private static InvalidInput rename(InvalidInput e) {
        return e.renamed(java.util.Map.of("agencyId", "agency"));
    }

    /** The agency withdrew its request: the accounting shows the disclosures again from today. */
    public void end(AccountingSuspension s) {
        try {
            disclosures.endSuspension(s.getId(), s.getVersion(), LocalDate.now());
            Feedback.savedAndRedirecting("suspension.ended", s.getAgency().getName());
            Faces.redirect("disclosures/suspensions");
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
        } catch (StaleRecord | RecordNotFound e) {
            Feedback.stale();
        }
    }

    /** The agency confirmed an oral request in writing today: it now holds until the written date. */
    public void putInWriting() {
        AccountingSuspension s = suspensions.stream().filter(x -> x.getId().equals(writtenId)).findFirst()
                .orElse(null);
        if (s == null) {
            Feedback.invalid(InvalidInput.of("writtenId", "Choose the oral request that was put in writing."),
                    "written");
            return;
        }
        try {
            disclosures.putInWriting(s.getId(), s.getVersion(), LocalDate.now(), writtenUntil);
            Feedback.savedAndRedirecting("suspension.madeWritten", s.getAgency().getName(), writtenUntil);
            Faces.redirect("disclosures/suspensions");
        } catch (InvalidInput e) {
            Feedback.invalid(renameWritten(e), "written");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                Feedback.invalid(renameWritten(InvalidInput.of(e.getField(), e.getMessage())), "written");
            } else {
                Feedback.refused(e.getMessage());
            }
        } catch (StaleRecord | RecordNotFound e) {
            Feedback.stale();
        }
    }

    private static InvalidInput renameWritten(InvalidInput e) {
        return e.renamed(java.util.Map.of("until", "writtenUntil"));
    }

    /** Oral requests still holding today: those that can be put in writing. */
    public List<AccountingSuspension> getOralHolding() {
        LocalDate today = LocalDate.now();
        return suspensions.stream().filter(x -> x.getKind() == SuspensionKind.ORAL && x.holdsOn(today)).toList();
    }

    /** Where the suspension stands today (a SuspensionState), as the list shows it. */
    public String state(AccountingSuspension s) {
        return s.stateOn(LocalDate.now()).name();
    }

    public boolean isEditor() {
        return user.is("MANAGER") || user.is("DIRECTOR");
    }

    public boolean endable(AccountingSuspension s) {
        return isEditor() && s.isEndableOn(LocalDate.now());
    }

    public SuspensionKind[] getKinds() {
        return SuspensionKind.values();
    }

    public List<AccountingSuspension> getSuspensions() { return suspensions; }
    public Pick getAgency() { return agency; }
    public void setAgency(Pick agency) { this.agency = agency; }
    public String getMrn() { return mrn; }
    public void setMrn(String mrn) { this.mrn = mrn; }
    public SuspensionKind getKind() { return kind; }
    public void setKind(SuspensionKind kind) { this.kind = kind; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public void setRequestedOn(LocalDate requestedOn) { this.requestedOn = requestedOn; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public String getRequestedBy() { return requestedBy; }
    public void setRequestedBy(String requestedBy) { this.requestedBy = requestedBy; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public Long getWrittenId() { return writtenId; }
    public void setWrittenId(Long writtenId) { this.writtenId = writtenId; }
    public LocalDate getWrittenUntil() { return writtenUntil; }
    public void setWrittenUntil(LocalDate writtenUntil) { this.writtenUntil = writtenUntil; }
}
