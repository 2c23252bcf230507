package org.liaison.web.relationship;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.engagement.Engagement;
import org.liaison.domain.engagement.EngagementKind;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.relationship.RelationshipRole;
import org.liaison.domain.relationship.RelationshipStatus;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.engagement.EngagementService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.relationship.RelationshipService;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.Choice;
import org.liaison.web.shared.Choices;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.ReadOncePerNode;
import org.liaison.web.shared.Texts;
import org.omnifaces.util.Faces;

/** relationships/edit: a relationship's terms, its direct lines, and logging an engagement in one place. */
@Named
@ViewScoped
public class RelationshipEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_PAGE = 15;

    @Inject
    RelationshipService relationships;

    @Inject
    EngagementService engagements;

    @Inject
    ActiveUser user;

    @Inject
    org.liaison.relationship.RelationshipBoard board;

    private org.liaison.relationship.RelationshipRow row;

    private Long id;
    /** The version the person saw: terms saved on it are refused when someone changed the relationship since. */
    private long versionShown;
    private final ReadOncePerNode<Relationship> relationship = new ReadOncePerNode<>();
    /** Whether the form was filled from the relationship (a postback of the same view keeps what the user typed). */
    private boolean loaded;
    /** The agency's people offered as primary and backup: read again when the session has travelled, not carried. */
    private transient List<Contact> contacts;
    /** The owner picker's offers: a page of the facility's managers per completion, never all accounts. */
    private final Choices ownerChoices = new Choices();
    private Choice owner;
    private RelationshipRole role;
    private int cadenceDays;
    private RelationshipStatus status;
    private String notes;
    private Long primaryContactId;
    private Long backupContactId;
    /** One engagement as the relationship page lists it (a record, so the view keeps no entity). */
    public record HistoryLine(LocalDate on, String kind, String summary, String recordedBy) implements Serializable {
    }

    private List<HistoryLine> history = List.of();
    private long historyTotal;
    private int historyShown = 10;
    private EngagementKind kind = EngagementKind.CALL;
    private LocalDate occurredOn = LocalDate.now();
    private String summary;

    public void load() {
        if (loaded) {
            return;
        }
        try {
            read();
            loaded = true;
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    private void read() {
        Relationship shown = relationship.keep(relationships.find(id));
        versionShown = shown.getVersion();
        contacts = null;
        role = shown.getRole();
        cadenceDays = shown.getCadenceDays();
        status = shown.getStatus();
        UserAccount current = shown.getOwner();
        owner = current == null ? null : ownerChoices.offer(new Choice(current.getId(), current.getDisplayName()));
        notes = shown.getNotes();
        primaryContactId = shown.getPrimaryContact() == null ? null : shown.getPrimaryContact().getId();
        backupContactId = shown.getBackupContact() == null ? null : shown.getBackupContact().getId();
        readHealth();
        readHistory();
    }

    /** This facility's engagements with this agency, newest first, paged in the database. */
    private void readHistory() {
        var page = engagements.search(shown().getFacility().getId(), shown().getAgency().getId(),
                new PageRequest(0, historyShown, null, false));
        history = page.items().stream().map(e -> new HistoryLine(e.getOccurredOn(), e.getKind().name(),
                e.getSummary(), e.getRecordedBy())).toList();
        historyTotal = page.total();
    }

    public void moreHistory() {
        historyShown += 10;
        readHistory();
    }

    public List<HistoryLine> getHistory() { return history; }
    public long getHistoryTotal() { return historyTotal; }

    private void readHealth() {
        row = board.row(shown().getFacility().getId(), shown().getAgency().getId(), LocalDate.now())
                .orElse(null);
    }

    public String save() {
        try {
            relationships.update(id, versionShown, new RelationshipService.RelationshipTerms(role,
                    cadenceDays, status, owner == null ? null : owner.id(), notes, primaryContactId, backupContactId));
            Feedback.savedAndRedirecting("relationship.saved", shown().getAgency().getName());
            return "/relationships/index?faces-redirect=true";
        } catch (InvalidInput e) {
            Feedback.invalid(e, "terms");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                // a rule of the relationship about one field (cadence, role, a contact): shown beside that field
                Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), "terms");
                return null;
            }
            Feedback.refused(e.getMessage() + ".");
        } catch (StaleRecord e) {
            Feedback.stale();
        }
        return null;
    }

    /** Logs a call, visit or meeting with this agency for this facility; it resets the cadence clock. */
    public void logEngagement() {
        try {
            Engagement engagement = new Engagement(null, null, kind, occurredOn, summary);
            engagements.log(engagement, shown().getFacility().getId(), shown().getAgency().getId(),
                    primaryContactId == null ? java.util.Set.of() : java.util.Set.of(primaryContactId));
            Feedback.info("engagement.logged", Texts.get("enum.EngagementKind." + kind.name()), occurredOn.toString());
            summary = null;
            readHealth();
            readHistory();
        } catch (InvalidInput e) {
            Feedback.invalid(e, "log");
        } catch (DomainRuleViolation e) {
            // a refused engagement (e.g. a participant of another agency) is said on the page, which keeps the summary
            if (e.getField() != null) {
                Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), "log");
            } else {
                Feedback.refused(e.getMessage());
            }
        }
    }

    /** The relationship shown, read again (keeping the version seen) when the session has travelled without it. */
    private Relationship shown() {
        return relationship.get(() -> relationships.find(id));
    }

    public RelationshipRole[] getRoles() { return RelationshipRole.values(); }
    public RelationshipStatus[] getStatuses() { return RelationshipStatus.values(); }
    public EngagementKind[] getKinds() { return EngagementKind.values(); }
    public org.liaison.relationship.RelationshipRow getRow() { return row; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Relationship getRelationship() { return shown(); }
    public List<Contact> getContacts() {
        if (contacts == null && shown() != null) {
            contacts = relationships.contactsOf(shown().getAgency().getId());
        }
        return contacts;
    }
    /** The facility's managers whose name contains what the user typed, a page at a time. */
    public List<Choice> completeOwner(String text) {
        return ownerChoices.offer(relationships.possibleOwners(shown().getFacility().getId(), text,
                PageRequest.of(0, PICKER_PAGE)).stream().map(u -> new Choice(u.getId(), u.getDisplayName())).toList());
    }

    public Choices getOwnerChoices() { return ownerChoices; }
    public RelationshipRole getRole() { return role; }
    public void setRole(RelationshipRole role) { this.role = role; }
    public int getCadenceDays() { return cadenceDays; }
    public void setCadenceDays(int cadenceDays) { this.cadenceDays = cadenceDays; }
    public RelationshipStatus getStatus() { return status; }
    public void setStatus(RelationshipStatus status) { this.status = status; }
    public Choice getOwner() { return owner; }
    public void setOwner(Choice owner) { this.owner = owner; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getPrimaryContactId() { return primaryContactId; }
    public void setPrimaryContactId(Long primaryContactId) { this.primaryContactId = primaryContactId; }
    public Long getBackupContactId() { return backupContactId; }
    public void setBackupContactId(Long backupContactId) { this.backupContactId = backupContactId; }
    public EngagementKind getKind() { return kind; }
    public void setKind(EngagementKind kind) { this.kind = kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
