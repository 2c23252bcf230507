package org.liaison.web.agreement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.DocumentInfo;
import org.liaison.domain.agreement.Agreement;
import org.liaison.domain.agreement.AgreementDocument;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.Texts;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/** agreements/view: terms, lifecycle moves and document versions of one agreement. */
@Named
@ViewScoped
public class AgreementViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementService agreements;

    @Inject
    ActiveUser user;

    private Long id;
    private Agreement agreement;
    private List<DocumentInfo> documents;
    private LocalDate newExpiresOn;
    private String reason;
    private transient UploadedFile file;

    public void load() {
        try {
            agreement = agreements.find(id);
            documents = agreements.documents(id);
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    /** A state move; on success the page opens afresh, so the status, the buttons and the message agree. */
    public String move(String move) {
        try {
            agreement = agreements.move(id, agreement.getVersion(), AgreementService.Move.valueOf(move), LocalDate.now(),
                    newExpiresOn, reason);
            Feedback.savedAndRedirecting("agreement.moved",
                    Texts.get("enum.AgreementStatus." + agreement.getStatus().name()));
            return "/agreements/view?faces-redirect=true&id=" + id;
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                // a rule about one field (the reason to terminate, the new expiry): shown beside that field
                Feedback.invalid(org.liaison.platform.InvalidInput.of(e.getField(), e.getMessage()), "lifecycle");
            } else {
                Feedback.refused(e.getMessage());
            }
        } catch (StaleRecord e) {
            Feedback.stale();
        }
        return null;
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Feedback.besideFile("upload", "file", Texts.get("agreement.document.none"));
            return;
        }
        try {
            AgreementDocument saved = agreements.attach(id, file.getFileName(), file.getContent());
            documents = agreements.documents(id);
            Feedback.info("agreement.document.attached", saved.getVersionNumber(), saved.getFileName());
        } catch (DomainRuleViolation e) {
            Feedback.besideFile("upload", "file", e.getMessage());
        }
    }

    public void download(DocumentInfo info) throws IOException {
        AgreementDocument document = agreements.document(id, info.id());
        Faces.sendFile(document.getContent(), document.getFileName(), true);
    }

    public boolean isEditable() {
        return user.isEditor();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Agreement getAgreement() { return agreement; }
    public List<DocumentInfo> getDocuments() { return documents; }
    public LocalDate getNewExpiresOn() { return newExpiresOn; }
    public void setNewExpiresOn(LocalDate newExpiresOn) { this.newExpiresOn = newExpiresOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
