package org.liaison.domain.feedback;

import org.liaison.domain.shared.CoreCapability;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.Tlp;

/**
 * An after-incident debrief or an exercise's after-action review (HSEEP AAR): what went right, what to improve (each
 * tied to a core capability and rated P/S/M/U), observations, participants of both sides, and the improvement plan
 * (corrective actions). Its lifecycle moves only through the methods below, each refusing a move it does not allow:
 * opened → draft → agency input → approved → actions tracking → closed.
 */
@Entity
@Table(name = "review")
public class Review extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private ReviewKind kind;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "incident_id")
    private Incident incident;

    /** The exercise reviewed (training's record; no foreign key, see the migration). */
    @Column(name = "exercise_id")
    private Long exerciseId;

    @SingleLine
    @NotBlank(message = "{review.title.required}")
    @Size(max = 160, message = "{text.tooLong}")
    @Column(name = "title", nullable = false, length = 160)
    private String title;

    /** The day of the incident or exercise. */
    @NotNull
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReviewStatus status = ReviewStatus.OPENED;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "tlp", nullable = false, length = 16)
    private Tlp tlp = Tlp.AMBER;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "review_agency", joinColumns = @JoinColumn(name = "review_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new HashSet<>();

    @PlainText
    @Size(max = 4000, message = "{text.tooLong}")
    @Column(name = "overview", length = 4000)
    private String overview;

    @PlainText
    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "objectives", length = 2000)
    private String objectives;

    @PlainText
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "staff_participants", length = 1000)
    private String staffParticipants;

    @PlainText
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "agency_participants", length = 1000)
    private String agencyParticipants;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approved_by", length = 40)
    private String approvedBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** Derived on approval (occurred → approved), kept so timeliness is a median computed in SQL. */
    @Column(name = "days_to_approval")
    private Integer daysToApproval;

    @Column(name = "draft_reminded_on")
    private LocalDate draftRemindedOn;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Finding> findings = new ArrayList<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReviewComment> comments = new ArrayList<>();

    @OneToMany(mappedBy = "review")
    @OrderBy("id")
    private List<CorrectiveAction> actions = new ArrayList<>();

    /** A blank copy for a form or an API payload to fill in; a stored review comes from a factory below. */
    public Review() {
    }

    private Review(ReviewKind kind, Facility facility, String title, LocalDate occurredOn, Collection<Agency> agencies,
            LocalDateTime openedAt) {
        this.kind = kind;
        this.facility = facility;
        this.title = title;
        this.occurredOn = occurredOn;
        this.agencies.addAll(agencies);
        this.openedAt = openedAt;
    }

    /** The debrief every police-involved incident requires (unless a manager waived it). */
    public static Review ofIncident(Incident incident, LocalDateTime at) {
        if (incident.isReviewWaived()) {
            throw new DomainRuleViolation("review.incident.waived",
                    "The review of this incident was waived: " + incident.getWaiverReason());
        }
        Review review = new Review(ReviewKind.INCIDENT_DEBRIEF, incident.getFacility(),
                "Debrief: " + label(incident.getCategory()) + ", " + incident.getLocation(),
                incident.getOccurredAt().toLocalDate(), List.of(incident.getAgency()), at);
        review.incident = incident;
        review.title = review.title.length() > 160 ? review.title.substring(0, 160) : review.title;
        return review;
    }

    /** The after-action review of a conducted exercise. */
    public static Review ofExercise(long exerciseId, Facility facility, Collection<Agency> agencies, LocalDate on,
            String exerciseTitle, LocalDateTime at) {
        String title = "AAR: " + exerciseTitle;
        Review review = new Review(ReviewKind.EXERCISE_AAR, facility, title.length() > 160 ? title.substring(0, 160)
                : title, on, agencies, at);
        review.exerciseId = exerciseId;
        return review;
    }

    private static String label(IncidentCategory category) {
        String name = category.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    // ------------------------------------------------------------------ content

    /** Copies the editable text of a detached copy; only before approval. */
    public void updateFrom(Review edited) {
        requireEditable("change");
        this.title = edited.title;
        this.overview = edited.overview;
        this.objectives = edited.objectives;
        this.staffParticipants = edited.staffParticipants;
        this.agencyParticipants = edited.agencyParticipants;
        this.tlp = edited.tlp == null ? this.tlp : edited.tlp;
        startDraftIfOpened();
    }

    /** Adds a strength, area for improvement or observation; writing the first one starts the draft. */
    public Finding addFinding(FindingKind findingKind, CoreCapability capability, Rating rating, String text) {
        requireEditable("add a finding to");
        Finding finding = new Finding(this, findingKind, capability, rating, text);
        findings.add(finding);
        startDraftIfOpened();
        return finding;
    }

    public void removeFinding(Finding finding) {
        requireEditable("remove a finding from");
        findings.remove(finding);
    }

    /** A partner of one of the review's agencies adds the agency's side, only while its input is asked for. */
    public ReviewComment addComment(Agency agency, String author, String authorName, String text, LocalDateTime at) {
        requireAgencyInput();
        if (agency == null || !agencies.contains(agency)) {
            throw new DomainRuleViolation("review.comment.notParty", "Only the review's agencies add their side.");
        }
        ReviewComment comment = new ReviewComment(this, agency, author, authorName, text, at);
        comments.add(comment);
        return comment;
    }

    void requireAgencyInput() {
        require(status == ReviewStatus.AGENCY_INPUT, "comment on", "only while it awaits agency input");
    }

    private void startDraftIfOpened() {
        if (status == ReviewStatus.OPENED) {
            status = ReviewStatus.DRAFT;
        }
    }

    private void requireEditable(String move) {
        require(ReviewStatus.EDITABLE.contains(status), move, "only before it is approved");
    }

    // ------------------------------------------------------------------ lifecycle

    public void startDraft() {
        require(status == ReviewStatus.OPENED, "start the draft of", "only an opened review");
        status = ReviewStatus.DRAFT;
    }

    /** Shares the draft with the agencies for their side; it needs something to share and someone to share it with. */
    public void requestAgencyInput() {
        require(status == ReviewStatus.DRAFT, "ask the agencies for input on", "only a draft");
        require(!agencies.isEmpty(), "ask the agencies for input on", "only one with an agency");
        require(!findings.isEmpty(), "ask the agencies for input on", "only one with at least one finding");
        status = ReviewStatus.AGENCY_INPUT;
    }

    public void returnToDraft() {
        require(status == ReviewStatus.AGENCY_INPUT, "return to draft", "only one awaiting agency input");
        status = ReviewStatus.DRAFT;
    }

    /**
     * Approval, after the agencies had their say (a review without agencies is approved from its draft). Who may
     * approve (a director or the facility's manager) is the service's check.
     */
    public void approve(String by, LocalDate on) {
        boolean ready = status == ReviewStatus.AGENCY_INPUT || status == ReviewStatus.DRAFT && agencies.isEmpty();
        require(ready, "approve", agencies.isEmpty() ? "only a draft" : "only one that went to its agencies for input");
        require(!findings.isEmpty(), "approve", "only one with at least one finding");
        status = ReviewStatus.APPROVED;
        approvedBy = by;
        approvedOn = on;
        daysToApproval = (int) java.time.temporal.ChronoUnit.DAYS.between(occurredOn, on);
    }

    /** The improvement plan is under way: its corrective actions are tracked to the end. */
    public void startTracking() {
        require(status == ReviewStatus.APPROVED, "track the actions of", "only an approved review");
        require(!actions.isEmpty(), "track the actions of", "only one with corrective actions");
        status = ReviewStatus.ACTIONS_TRACKING;
    }

    /** Closed only when every corrective action is verified, or deliberately deferred or rejected with a reason. */
    public void close(LocalDate on) {
        require(status == ReviewStatus.ACTIONS_TRACKING || status == ReviewStatus.APPROVED && actions.isEmpty(),
                "close", "only one whose actions are tracked");
        List<CorrectiveAction> unsettled = actions.stream().filter(a -> !a.isSettled()).toList();
        if (!unsettled.isEmpty()) {
            throw new DomainRuleViolation("review.close.unsettled", "Cannot close the review: " + unsettled.size()
                    + " corrective action(s) are neither verified nor deferred with a reason.");
        }
        status = ReviewStatus.CLOSED;
        closedOn = on;
    }

    /** Corrective actions join the plan from the draft until the review closes. */
    void requireOpenForActions() {
        require(status != ReviewStatus.OPENED && status != ReviewStatus.CLOSED, "add a corrective action to",
                "only one between its draft and its closing");
    }

    void attach(CorrectiveAction action) {
        actions.add(action);
    }

    /** Days after the incident or exercise when a review still unapproved reminds the managers. */
    public static final int DRAFT_REMINDER_DAYS = 14;

    /**
     * The daily reminder: a review still being drafted 14 days after its incident or exercise reminds the facility's
     * managers once. Returns whether to remind now (and notes the day).
     */
    public boolean remindDraftOn(LocalDate today) {
        boolean late = (status == ReviewStatus.OPENED || status == ReviewStatus.DRAFT)
                && !occurredOn.isAfter(today.minusDays(DRAFT_REMINDER_DAYS));
        if (late && draftRemindedOn == null) {
            draftRemindedOn = today;
            return true;
        }
        return false;
    }

    /** Whether a partner of this agency may read the review: shared with it, and its label admits the agency. */
    public boolean isSharedWith(Long agencyId) {
        return agencyId != null && ReviewStatus.SHARED.contains(status)
                && agencies.stream().anyMatch(a -> agencyId.equals(a.getId()))
                && tlp.admits(new Tlp.Reader(false, false, true));
    }

    /** Days from the incident or exercise to approval, once approved. */
    public Integer getDaysToApproval() {
        return daysToApproval;
    }

    private void require(boolean condition, String move, String rule) {
        if (!condition) {
            throw new DomainRuleViolation("review.transition", "Cannot " + move + " a review that is "
                    + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + rule + ".");
        }
    }

    @Override
    public String auditType() {
        return "Review";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("kind", kind).with("facility", facility == null ? null : facility.getId())
                .with("incident", incident == null ? null : incident.getId()).with("exercise", exerciseId)
                .with("title", title).with("occurredOn", occurredOn).with("status", status).with("tlp", tlp)
                .with("agencies", agencyIds()).with("overview", overview).with("objectives", objectives)
                .with("staffParticipants", staffParticipants).with("agencyParticipants", agencyParticipants)
                // how many; each finding and comment is audited as a record of its own, with its words
                .with("findings", findings.size()).with("comments", comments.size())
                .with("approvedBy", approvedBy).with("approvedOn", approvedOn).with("closedOn", closedOn).build();
    }

    public Set<Long> agencyIds() {
        return agencies.stream().map(Agency::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    public ReviewKind getKind() { return kind; }
    public Facility getFacility() { return facility; }
    public Incident getIncident() { return incident; }
    public Long getExerciseId() { return exerciseId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public ReviewStatus getStatus() { return status; }
    public Tlp getTlp() { return tlp; }
    public void setTlp(Tlp tlp) { this.tlp = tlp; }
    public Set<Agency> getAgencies() { return Collections.unmodifiableSet(agencies); }
    public String getOverview() { return overview; }
    public void setOverview(String overview) { this.overview = overview; }
    public String getObjectives() { return objectives; }
    public void setObjectives(String objectives) { this.objectives = objectives; }
    public String getStaffParticipants() { return staffParticipants; }
    public void setStaffParticipants(String staffParticipants) { this.staffParticipants = staffParticipants; }
    public String getAgencyParticipants() { return agencyParticipants; }
    public void setAgencyParticipants(String agencyParticipants) { this.agencyParticipants = agencyParticipants; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDate getClosedOn() { return closedOn; }
    public List<Finding> getFindings() { return Collections.unmodifiableList(findings); }
    public List<ReviewComment> getComments() { return Collections.unmodifiableList(comments); }
    public List<CorrectiveAction> getActions() { return Collections.unmodifiableList(actions); }
}
