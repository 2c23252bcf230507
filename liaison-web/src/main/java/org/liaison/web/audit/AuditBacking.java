package org.liaison.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.audit.AuditFilter;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.audit.AuditEvent;
import java.util.HashMap;
import java.util.Map;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.PagedModel;

/** audit/index: auditors and administrators browse and filter the trail, newest first. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private String actor;
    private String recordType;
    private Long recordId;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private PagedModel<AuditEvent> model;
    /** The page on screen, as people read it (names, labels); replaced with each page. */
    private Map<Long, AuditLines.Line> lines = new HashMap<>();

    @Inject
    ActiveUser user;

    @PostConstruct
    void init() {
        model = new PagedModel<>(this::page, AuditEvent::getId);
    }

    private Page<AuditEvent> page(PageRequest request) {
        Page<AuditEvent> page = trail.search(new AuditFilter(actor, recordType, recordId, action, from, to), request);
        lines = new HashMap<>(AuditLines.lines(page.items(), trail.names(AuditLines.idsOn(page.items())),
                this::outcomeOf));
        return page;
    }

    /** The page that shows a record of this type, when the reader may open it; null otherwise. */
    private String outcomeOf(String type) {
        return switch (type) {
            case "Agency" -> "/agencies/view";
            case "Agreement" -> "/agreements/view";
            case "Relationship" -> "/relationships/view";
            case "UserAccount" -> user.is("ADMIN") ? "/admin/users/edit" : null;
            case "Facility" -> user.is("ADMIN") ? "/facilities/edit" : null;
            default -> null;
        };
    }

    /** The event as the page shows it. */
    public AuditLines.Line line(AuditEvent event) {
        AuditLines.Line line = lines.get(event.getId());
        return line != null ? line : new AuditLines.Line(event.getRecordType(), "", null, List.of(), event.getChanges());
    }

    public void filter() {
        PagedModel.showFirstPage("audit:table");
    }

    public List<String> getRecordTypes() {
        return List.of("Agency", "Agreement", "Contact", "Engagement", "Facility", "Relationship", "UserAccount");
    }

    public List<String> getActions() {
        return List.of("CREATE", "UPDATE", "DELETE", "LOGIN", "LOGIN_FAILED", "LOCKOUT", "PASSWORD_RESET",
                "DOCUMENT_ADDED", "CONTACT_SHEET_PRINTED", "DIRECTORY_EXPORTED");
    }

    public PagedModel<AuditEvent> getModel() { return model; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getRecordType() { return recordType; }
    public void setRecordType(String recordType) { this.recordType = recordType; }
    public Long getRecordId() { return recordId; }
    public void setRecordId(Long recordId) { this.recordId = recordId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
