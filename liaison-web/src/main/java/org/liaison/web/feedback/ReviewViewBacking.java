package org.liaison.web.feedback;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.feedback.ActionStatus;
import org.liaison.domain.shared.CoreCapability;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.domain.feedback.Finding;
import org.liaison.domain.feedback.FindingKind;
import org.liaison.domain.feedback.PoeteElement;
import org.liaison.domain.feedback.Rating;
import org.liaison.domain.feedback.Review;
import org.liaison.domain.feedback.ReviewComment;
import org.liaison.domain.feedback.ReviewStatus;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;
import org.liaison.feedback.ActionFilter;
import org.liaison.feedback.CorrectiveActionService;
import org.liaison.feedback.ReviewService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.ReadOncePerNode;
import org.liaison.web.shared.Texts;
import org.omnifaces.util.Faces;

/**
 * reviews/view: one review from opening to closing. Staff write its text and findings and move it along; the
 * agency's partners add their side while it awaits their input; the improvement plan's actions are planned, moved
 * and verified here; the AAR/IP downloads as a PDF.
 */
@Named
@ViewScoped
public class ReviewViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    CorrectiveActionService actions;

    @Inject
    ActiveUser user;

    private Long id;
    private final ReadOncePerNode<Review> review = new ReadOncePerNode<>();
    /** The version the person saw: text saved or a move made on it is refused when someone changed the review since. */
    private long versionShown;
    private Set<CoreCapability> repeated = Set.of();
    /** The improvement plan's actions as shown: a move made on a row is refused when the action changed since. */
    private List<CorrectiveAction> plan = List.of();

    // the text form
    private Review edited = new Review();
    /** The text someone else saved while this person was editing it, shown above the form; else null. */
    private TheirText theirText;
    // a new finding
    private FindingKind findingKind = FindingKind.STRENGTH;
    private CoreCapability capability;
    private Rating rating;
    private String findingText;
    // the partner's comment
    private String commentText;
    private Long editingCommentId;
    // a new corrective action
    private Long fixesFindingId;
    private String issue;
    private String actionText;
    private PoeteElement element;
    private String organisation;
    private Pick responsibleAgency;
    private String contactName;
    private Pick owner;
    private LocalDate startOn = LocalDate.now();
    private LocalDate dueOn;
    // a change to one action
    private Long selectedActionId;
    private String actionReason;
    private LocalDate newDueOn;

    public void load() {
        try {
            refresh();
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    private void refresh() {
        Review shown = review.keep(reviews.find(id));
        versionShown = shown.getVersion();
        repeated = reviews.repeatedCapabilities(id);
        plan = actions.search(ActionFilter.ofReview(id), LocalDate.now(), PageRequest.of(0, PageRequest.MAX_LIMIT))
                .items();
        edited = new Review();
        edited.setTitle(shown.getTitle());
        edited.setOverview(shown.getOverview());
        edited.setObjectives(shown.getObjectives());
        edited.setStaffParticipants(shown.getStaffParticipants());
        edited.setAgencyParticipants(shown.getAgencyParticipants());
        edited.setTlp(shown.getTlp());
    }

    /** The AAR/IP document, as the API serves it. */
    public void downloadPdf() throws java.io.IOException {
        Faces.sendFile(reviews.aarPdf(id), "aar-ip-" + id + ".pdf", true);
    }

    public void save() {
        try {
            reviews.update(id, versionShown, edited);
            Feedback.savedAndRedirecting("review.saved");
            reload();
        } catch (InvalidInput e) {
            Feedback.invalid(e, "text");
        } catch (DomainRuleViolation e) {
            refused(e, "text");
        } catch (StaleRecord e) {
            keepTextShowTheirs();
        }
    }

    /**
     * Someone else saved the review's text meanwhile. Long text must not be typed again: what this person wrote stays
     * in the form, theirs is shown above it, and the page now stands on their version, so a second Save replaces
     * theirs knowingly.
     */
    private void keepTextShowTheirs() {
        Review current;
        try {
            current = review.keep(reviews.find(id));
        } catch (RecordNotFound gone) {
            Feedback.error("review.gone");
            return;
        }
        versionShown = current.getVersion();
        theirText = new TheirText(current.getTitle(), current.getTlp(), current.getOverview(), current.getObjectives(),
                current.getStaffParticipants(), current.getAgencyParticipants());
        Feedback.error("review.text.changedMeanwhile");
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The review's text as someone else saved it (the form keeps this person's own). */
    public record TheirText(String title, Tlp tlp, String overview, String objectives, String staffParticipants,
            String agencyParticipants) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public void move(String move) {
        if (theirText != null) {
            // someone else's text is shown beside unsaved text: a move would settle a text nobody has chosen
            Feedback.error("review.text.settleFirst");
            return;
        }
        try {
            Review moved = reviews.move(id, versionShown, ReviewService.Move.valueOf(move), LocalDate.now());
            Feedback.savedAndRedirecting("review.moved", Texts.get("enum.ReviewStatus." + moved.getStatus().name()));
            reload();
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    public void addFinding() {
        try {
            reviews.addFinding(id, findingKind, capability, rating, findingText);
            Feedback.savedAndRedirecting("review.findingAdded");
            reload();
        } catch (DomainRuleViolation e) {
            refused(e, "finding");
        }
    }

    public void removeFinding(Long findingId) {
        try {
            reviews.removeFinding(id, findingId);
            Feedback.savedAndRedirecting("review.findingRemoved");
            reload();
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
        }
    }

    public void saveComment() {
        try {
            if (editingCommentId == null) {
                reviews.addComment(id, commentText);
            } else {
                reviews.editComment(id, editingCommentId, commentText);
            }
            Feedback.savedAndRedirecting("review.commentSaved");
            reload();
        } catch (DomainRuleViolation e) {
            refused(e, "comment");
        }
    }

    public void editComment(ReviewComment comment) {
        editingCommentId = comment.getId();
        commentText = comment.getText();
    }

    /** Whether the signed-in partner wrote this comment (only they may change it). */
    public boolean isMine(ReviewComment comment) {
        return user.isSignedIn() && comment.getAuthor().equals(user.getProfile().username());
    }

    public void planAction() {
        try {
            CorrectiveAction action = new CorrectiveAction(issue, actionText, element, organisation, startOn, dueOn);
            action.setContactName(contactName);
            actions.plan(id, action, fixesFindingId, Pick.idOf(responsibleAgency), Pick.idOf(owner));
            Feedback.savedAndRedirecting("action.planned");
            reload();
        } catch (InvalidInput e) {
            Feedback.invalid(rename(e), "action");
        } catch (DomainRuleViolation e) {
            refused(e, "action");
        }
    }

    private static InvalidInput rename(InvalidInput e) {
        return e.renamed(java.util.Map.of("responsibleAgencyId", "responsibleAgency", "ownerId", "owner",
                "action", "actionText", "responsibleOrganisation", "organisation", "findingId", "fixesFindingId"));
    }

    public void moveAction(CorrectiveAction action, String move) {
        try {
            actions.move(action.getId(), action.getVersion(), CorrectiveActionService.Move.valueOf(move), actionReason,
                    LocalDate.now());
            Feedback.savedAndRedirecting("action.moved");
            reload();
        } catch (DomainRuleViolation e) {
            refused(e, "change");
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    public void moveDue(CorrectiveAction action) {
        try {
            actions.moveDue(action.getId(), action.getVersion(), newDueOn, actionReason);
            Feedback.savedAndRedirecting("action.dueMoved");
            reload();
        } catch (DomainRuleViolation e) {
            refused(e, "change");
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    public void select(CorrectiveAction action) {
        selectedActionId = action.getId();
        actionReason = null;
        newDueOn = action.getDueOn();
    }

    /** Owners of the facility for the lazy owner autocomplete. */
    public List<Pick> completeOwner(String query) {
        return actions.ownerCandidates(id, query, 12).stream().map((UserAccount u) -> new Pick(u.getId(),
                u.getDisplayName())).toList();
    }

    /** After a change: back to the review's own address (a reload repeats nothing), saying what happened. */
    private void reload() {
        Faces.redirect("reviews/view?id=%s", id);
    }

    private static void refused(DomainRuleViolation e, String form) {
        if (e.getField() != null) {
            Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), form);
        } else {
            Feedback.refused(e.getMessage());
        }
    }

    // ------------------------------------------------------------------ what the page may offer

    public boolean isStaffEditor() {
        return user.is("MANAGER") || user.is("DIRECTOR");
    }

    public boolean isTextEditable() {
        return isStaffEditor() && ReviewStatus.EDITABLE.contains(shown().getStatus());
    }

    public boolean isFindingsOpen() {
        return (isStaffEditor() || user.is("OFFICER")) && ReviewStatus.EDITABLE.contains(shown().getStatus());
    }

    public boolean isCommentable() {
        return user.is("PARTNER") && !user.isEditor() && shown().getStatus() == ReviewStatus.AGENCY_INPUT;
    }

    public boolean isPlannable() {
        return isStaffEditor() && shown().getStatus() != ReviewStatus.OPENED
                && shown().getStatus() != ReviewStatus.CLOSED;
    }

    /** An officer who owns the action may start and complete it; managers and directors every move. */
    public boolean mayMove(CorrectiveAction action, String move) {
        if (isStaffEditor()) {
            return true;
        }
        boolean owner = action.getOwner() != null && user.isSignedIn()
                && action.getOwner().getUsername().equals(user.getProfile().username());
        return owner && ("START".equals(move) || "COMPLETE".equals(move));
    }

    public boolean overdue(CorrectiveAction action) {
        return action.isOverdue(LocalDate.now());
    }

    public boolean isOpen(CorrectiveAction action) {
        return ActionStatus.OPEN.contains(action.getStatus());
    }

    public boolean repeat(Finding finding) {
        return finding.getKind() == FindingKind.AREA_FOR_IMPROVEMENT && repeated.contains(finding.getCapability());
    }

    public List<Finding> findingsOf(String kind) {
        FindingKind wanted = FindingKind.valueOf(kind);
        return shown().getFindings().stream().filter(f -> f.getKind() == wanted).toList();
    }

    public List<Finding> getAreas() {
        return findingsOf("AREA_FOR_IMPROVEMENT");
    }

    public FindingKind[] getFindingKinds() { return FindingKind.values(); }
    public CoreCapability[] getCapabilities() { return CoreCapability.values(); }
    public Rating[] getRatings() { return Rating.values(); }
    public PoeteElement[] getElements() { return PoeteElement.values(); }
    public Tlp[] getLabels() { return Tlp.values(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Review getReview() { return shown(); }
    public Set<CoreCapability> getRepeated() { return repeated; }
    public List<CorrectiveAction> getPlan() { return plan; }

    /** The review shown, read again (keeping the version seen) when the session has travelled without it. */
    private Review shown() {
        return review.get(() -> reviews.find(id));
    }
    public Review getEdited() { return edited; }
    public TheirText getTheirText() { return theirText; }
    public FindingKind getFindingKind() { return findingKind; }
    public void setFindingKind(FindingKind findingKind) { this.findingKind = findingKind; }
    public CoreCapability getCapability() { return capability; }
    public void setCapability(CoreCapability capability) { this.capability = capability; }
    public Rating getRating() { return rating; }
    public void setRating(Rating rating) { this.rating = rating; }
    public String getFindingText() { return findingText; }
    public void setFindingText(String findingText) { this.findingText = findingText; }
    public String getCommentText() { return commentText; }
    public void setCommentText(String commentText) { this.commentText = commentText; }
    public Long getEditingCommentId() { return editingCommentId; }
    public Long getFixesFindingId() { return fixesFindingId; }
    public void setFixesFindingId(Long fixesFindingId) { this.fixesFindingId = fixesFindingId; }
    public String getIssue() { return issue; }
    public void setIssue(String issue) { this.issue = issue; }
    public String getActionText() { return actionText; }
    public void setActionText(String actionText) { this.actionText = actionText; }
    public PoeteElement getElement() { return element; }
    public void setElement(PoeteElement element) { this.element = element; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public Pick getResponsibleAgency() { return responsibleAgency; }
    public void setResponsibleAgency(Pick responsibleAgency) { this.responsibleAgency = responsibleAgency; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public Pick getOwner() { return owner; }
    public void setOwner(Pick owner) { this.owner = owner; }
    public LocalDate getStartOn() { return startOn; }
    public void setStartOn(LocalDate startOn) { this.startOn = startOn; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public Long getSelectedActionId() { return selectedActionId; }

    /** The action being deferred, rejected or given a new due date (form "change"), as the plan shows it. */
    public CorrectiveAction getSelectedAction() {
        return plan.stream().filter(a -> a.getId().equals(selectedActionId)).findFirst().orElse(null);
    }
    public String getActionReason() { return actionReason; }
    public void setActionReason(String actionReason) { this.actionReason = actionReason; }
    public LocalDate getNewDueOn() { return newDueOn; }
    public void setNewDueOn(LocalDate newDueOn) { this.newDueOn = newDueOn; }
}
