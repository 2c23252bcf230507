package org.liaison.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.domain.sharing.Bulletin;
import org.liaison.domain.sharing.BulletinAttachment;
import org.liaison.domain.sharing.BulletinStatus;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.sharing.AttachmentInfo;
import org.liaison.sharing.BulletinService;
import org.liaison.sharing.RecipientRow;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.PagedModel;
import org.liaison.web.shared.Texts;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/** bulletins/view: read (which marks it opened), acknowledge in one action, what changed, and for editors the moves. */
@Named
@ViewScoped
public class BulletinViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BulletinService bulletins;

    @Inject
    ActiveUser user;

    private Long id;
    private Bulletin bulletin;
    private boolean toAcknowledge;
    private List<BulletinService.VersionView> versions;
    private List<AttachmentInfo> attachments;
    private PagedModel<RecipientRow> recipients;
    private boolean editor;
    private boolean mayAttach;
    private String reason;
    private transient UploadedFile file;

    public void load() {
        if (bulletin != null) {
            return;
        }
        try {
            refresh();
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    private void refresh() {
        BulletinService.Reading reading = bulletins.read(id);
        bulletin = reading.bulletin();
        toAcknowledge = reading.awaitsMyAcknowledgement();
        versions = reading.versions();
        attachments = reading.attachments();
        editor = reading.editable();
        boolean author = user.isSignedIn() && bulletin.getAuthor() != null
                && bulletin.getAuthor().getUsername().equals(user.getProfile().username());
        mayAttach = (editor || author) && bulletin.getStatus() != BulletinStatus.WITHDRAWN
                && bulletin.getStatus() != BulletinStatus.EXPIRED;
        if ((editor || user.is("AUDITOR")) && bulletin.getStatus().isReleased()) {
            Long bid = id;
            recipients = new PagedModel<>(r -> bulletins.recipients(bid, false, LocalDate.now(), r), RecipientRow::id);
        }
    }

    public void acknowledge() {
        run(() -> bulletins.acknowledge(id), () -> Feedback.info("bulletin.acknowledged", bulletin.getTitle()));
    }

    public void publish() {
        run(() -> bulletins.publish(id, bulletin.getVersion()), () -> Feedback.info("bulletin.published", bulletin.getTitle()));
    }

    public void approvePrivacy() {
        run(() -> bulletins.approvePrivacy(id, bulletin.getVersion()), () -> Feedback.info("bulletin.published", bulletin.getTitle()));
    }

    public void accept() {
        run(() -> bulletins.acceptInbound(id, bulletin.getVersion(), null, null, null), () -> Feedback.info("bulletin.published", bulletin.getTitle()));
    }

    public void decline() {
        run(() -> bulletins.declineInbound(id, bulletin.getVersion(), reason), () -> Feedback.info("bulletin.declined", bulletin.getTitle()));
    }

    public void withdraw() {
        run(() -> bulletins.withdraw(id, bulletin.getVersion(), reason), () -> Feedback.info("bulletin.withdrawn", bulletin.getTitle()));
    }

    public void followUp(Long recipientId) {
        run(() -> bulletins.followUp(id, recipientId, null), () -> Feedback.info("bulletin.followedUp"));
    }

    private void run(Runnable move, Runnable done) {
        try {
            move.run();
            done.run();
            refresh();
        } catch (InvalidInput e) {
            Feedback.invalid(e, "moves");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                // e.g. a withdrawal without its reason: said beside the reason field
                Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), "moves");
            } else {
                Feedback.refused(e.getMessage());
            }
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    /** Type and size are checked on the bulletin's side (PDF, PNG, JPEG by content; at most 10 MB). */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Feedback.besideFile("attach", "file", Texts.get("bulletin.attachment.none"));
            return;
        }
        try {
            if (file.getSize() > BulletinAttachment.MAX_BYTES) {
                throw new DomainRuleViolation("document.tooLarge", "The file is larger than 10 MB.");
            }
            BulletinAttachment saved = bulletins.attach(id, file.getFileName(), file.getContent());
            attachments = bulletins.attachments(id);
            Feedback.info("bulletin.attachment.added", saved.getFileName());
        } catch (DomainRuleViolation e) {
            Feedback.besideFile("attach", "file", e.getMessage());
        } finally {
            file = null;
        }
    }

    public void download(AttachmentInfo info) throws IOException {
        BulletinAttachment attachment = bulletins.attachment(id, info.id());
        Faces.sendFile(attachment.getContent(), attachment.getFileName(), true);
    }

    public boolean isOverdue(RecipientRow row) {
        return row.overdue() && row.agencyId() != null && editor;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Bulletin getBulletin() { return bulletin; }
    public boolean isToAcknowledge() { return toAcknowledge; }
    public List<BulletinService.VersionView> getVersions() { return versions; }
    public List<AttachmentInfo> getAttachments() { return attachments; }
    public PagedModel<RecipientRow> getRecipients() { return recipients; }
    public boolean isEditor() { return editor; }
    public boolean isMayAttach() { return mayAttach; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
