package org.liaison.domain.training;

import org.liaison.domain.shared.CoreCapability;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.Reason;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;

/**
 * A joint training exercise with law enforcement, shaped as HSEEP plans it. Its lifecycle moves only through the
 * methods below, each of which refuses a move the lifecycle does not allow; its time window, capacity and parties
 * hold to their own rules whatever path sets them.
 */
@Entity
@Table(name = "exercise")
public class Exercise extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;
    public static final int MAX_CAPACITY = 500;

    @SingleLine
    @NotBlank(message = "{exercise.title.required}")
    @Size(max = 160, message = "{text.tooLong}")
    @Column(name = "title", nullable = false, length = 160)
    private String title;

    @NotNull(message = "{exercise.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "hseep_type", nullable = false, length = 16)
    private HseepType type;

    @NotNull(message = "{exercise.scenario.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "scenario", nullable = false, length = 32)
    private Scenario scenario;

    @PlainText
    @Size(max = 4000, message = "{text.tooLong}")
    @Column(name = "objectives", length = 4000)
    private String objectives;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_capability", joinColumns = @JoinColumn(name = "exercise_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "capability", length = 48, nullable = false)
    private Set<CoreCapability> coreCapabilities = EnumSet.noneOf(CoreCapability.class);

    @NotNull(message = "{exercise.facility.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", nullable = false)
    private Facility facility;

    @SingleLine
    @NotBlank(message = "{exercise.location.required}")
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "location", nullable = false, length = 120)
    private String location;

    /** The location as compared for conflicts: "Training Room B " and "training room b" are one room. */
    @Column(name = "location_key", nullable = false, length = 120)
    private String locationKey;

    @Embedded
    private TimeWindow window;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_planner_id")
    private UserAccount leadPlanner;

    @Min(value = 0, message = "{exercise.capacity.invalid}")
    @Max(value = MAX_CAPACITY, message = "{exercise.capacity.invalid}")
    @Column(name = "staff_capacity", nullable = false)
    private int staffCapacity = 20;

    @Min(value = 0, message = "{exercise.capacity.invalid}")
    @Max(value = MAX_CAPACITY, message = "{exercise.capacity.invalid}")
    @Column(name = "agency_capacity", nullable = false)
    private int agencyCapacity = 10;

    @Column(name = "counts_toward_cms", nullable = false)
    private boolean countsTowardCms = true;

    @Column(name = "community_based", nullable = false)
    private boolean communityBased;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ExerciseStatus status = ExerciseStatus.PROPOSED;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "conducted_on")
    private LocalDate conductedOn;

    /** The day its after-action review was opened (the feedback workflows own the review itself). */
    @Column(name = "aar_opened_on")
    private LocalDate afterActionOpenedOn;

    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    @Column(name = "overridden_by", length = 40)
    private String overriddenBy;

    @Column(name = "overridden_at")
    private LocalDateTime overriddenAt;

    @OneToMany(mappedBy = "exercise", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ExerciseAgency> agencies = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "exercise_milestone", joinColumns = @JoinColumn(name = "exercise_id"))
    private Set<Milestone> milestones = new HashSet<>();

    /** A blank exercise for a form to fill in. */
    public Exercise() {
    }

    public Exercise(String title, HseepType type, Scenario scenario, Facility facility, String location,
            TimeWindow window) {
        this.title = title;
        this.type = type;
        this.scenario = scenario;
        this.facility = facility;
        moveTo(location, window);
    }

    // ------------------------------------------------------------------ time and place

    /** Sets where and when; only an exercise not yet held can move. */
    public void moveTo(String newLocation, TimeWindow newWindow) {
        if (newWindow == null) {
            throw DomainRuleViolation.onField("startsAt", "exercise.startsAt.required", "Enter when the exercise starts.");
        }
        if (status != null && !ExerciseStatus.UPCOMING.contains(status) && !newWindow.equals(window)) {
            throw refused("move", "only an exercise not yet held or cancelled");
        }
        this.location = newLocation == null ? null : newLocation.trim();
        this.locationKey = locationKey(newLocation);
        this.window = newWindow;
    }

    public static String locationKey(String location) {
        String key = location == null ? "" : location.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        // lower case can lengthen a letter (İ becomes i and a combining dot); the key keeps the column's 120
        return key.length() > 120 ? key.substring(0, 120) : key;
    }

    // ------------------------------------------------------------------ parties

    /** Replaces the participating agencies (agency → its point of contact, or null). */
    public void assignAgencies(Map<Agency, Contact> participating) {
        Set<Long> keep = participating.keySet().stream().map(Agency::getId).collect(Collectors.toSet());
        agencies.removeIf(a -> !keep.contains(a.getAgency().getId()));
        participating.forEach((agency, contact) -> {
            // an agency already taking part keeps its row (deleting and re-adding it would collide in one flush)
            ExerciseAgency present = agencies.stream().filter(a -> a.getAgency().equals(agency)).findFirst()
                    .orElse(null);
            if (present == null) {
                agencies.add(new ExerciseAgency(this, agency, contact));
            } else {
                present.changePointOfContact(contact);
            }
        });
    }

    public boolean involves(Agency agency) {
        return agencies.stream().anyMatch(a -> a.getAgency().equals(agency));
    }

    /** Sets the capacity of each side; a side cannot shrink below the people already holding a place. */
    public void setCapacity(int staff, int agency) {
        if (staff < 0 || staff > MAX_CAPACITY) {
            throw DomainRuleViolation.onField("staffCapacity", "exercise.capacity.invalid",
                    "Capacity must be between 0 and " + MAX_CAPACITY + ".");
        }
        if (agency < 0 || agency > MAX_CAPACITY) {
            throw DomainRuleViolation.onField("agencyCapacity", "exercise.capacity.invalid",
                    "Capacity must be between 0 and " + MAX_CAPACITY + ".");
        }
        this.staffCapacity = staff;
        this.agencyCapacity = agency;
    }

    public int capacity(Side side) {
        return side == Side.STAFF ? staffCapacity : agencyCapacity;
    }

    /** Replaces the planning milestones; each must come before the exercise starts. */
    public void planMilestones(Map<MilestoneKind, LocalDate> dates) {
        Set<Milestone> planned = new HashSet<>();
        dates.forEach((kind, date) -> {
            if (date != null) {
                if (window != null && !date.isBefore(window.day())) {
                    throw DomainRuleViolation.onField("milestones", "exercise.milestone.afterStart",
                            "Planning meetings come before the exercise.");
                }
                planned.add(new Milestone(kind, date));
            }
        });
        milestones.clear();
        milestones.addAll(planned);
    }

    // ------------------------------------------------------------------ lifecycle

    public void startPlanning() {
        require(status == ExerciseStatus.PROPOSED, "start planning", "only a proposed exercise");
        status = ExerciseStatus.PLANNING;
    }

    /** Fixes the date: it is now on everyone's calendar. Needs at least one participating agency. */
    public void schedule() {
        require(status == ExerciseStatus.PROPOSED || status == ExerciseStatus.PLANNING, "schedule",
                "only a proposed exercise or one in planning");
        if (agencies.isEmpty()) {
            throw DomainRuleViolation.onField("agencies", "exercise.agencies.required",
                    "A joint exercise needs at least one participating agency.");
        }
        status = ExerciseStatus.SCHEDULED;
    }

    /**
     * Records that the exercise took place, on or after its start day and not in the future. Its after-action review
     * is opened in the same move.
     */
    public void conduct(LocalDate on) {
        require(status == ExerciseStatus.SCHEDULED, "conduct", "only a scheduled exercise");
        if (on == null || on.isBefore(window.day())) {
            throw refused("conduct", "not before its start day");
        }
        status = ExerciseStatus.CONDUCTED;
        conductedOn = on;
        afterActionOpenedOn = on;
    }

    public void startAfterAction() {
        require(status == ExerciseStatus.CONDUCTED, "start the after-action report of", "only a conducted exercise");
        status = ExerciseStatus.AFTER_ACTION;
    }

    public void close() {
        require(status == ExerciseStatus.AFTER_ACTION, "close", "only an exercise with its after-action report under way");
        status = ExerciseStatus.CLOSED;
    }

    public void cancel(String reason) {
        require(ExerciseStatus.UPCOMING.contains(status), "cancel", "only an exercise not yet held");
        cancelReason = Reason.required(reason, "reason", "exercise.cancel.reasonRequired",
                "Give the reason the exercise is cancelled.");
        status = ExerciseStatus.CANCELLED;
    }

    /** A manager goes ahead despite the conflicts found; who, when and why are kept (and audited). */
    public void overrideConflicts(String reason, String by, LocalDateTime at) {
        this.overrideReason = Reason.required(reason, "overrideReason", "exercise.override.reasonRequired",
                "Say why the exercise goes ahead despite the conflict.");
        this.overriddenBy = by;
        this.overriddenAt = at;
    }

    public boolean isOpenForRegistration() {
        return ExerciseStatus.UPCOMING.contains(status);
    }

    /** Attendance is taken on the day and afterwards, not before. */
    public boolean isAttendanceOpen(LocalDate today) {
        return (status == ExerciseStatus.SCHEDULED || ExerciseStatus.HELD.contains(status))
                && !today.isBefore(window.day());
    }

    @PrePersist
    @PreUpdate
    void requireWindow() {
        if (window == null) {
            throw DomainRuleViolation.onField("startsAt", "exercise.startsAt.required", "Enter when the exercise starts.");
        }
        locationKey = locationKey(location);
    }

    private void require(boolean condition, String move, String rule) {
        if (!condition) {
            throw refused(move, rule);
        }
    }

    private DomainRuleViolation refused(String move, String rule) {
        return new DomainRuleViolation("exercise.transition", "Cannot " + move + " an exercise that is "
                + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + rule + ".");
    }

    /** Copies the editable terms from a detached copy; status, parties and time move through their own methods. */
    public void updateTermsFrom(Exercise edited) {
        this.title = edited.title;
        this.type = edited.type;
        this.scenario = edited.scenario;
        this.objectives = edited.objectives;
        this.coreCapabilities = edited.coreCapabilities.isEmpty() ? EnumSet.noneOf(CoreCapability.class)
                : EnumSet.copyOf(edited.coreCapabilities);
        this.countsTowardCms = edited.countsTowardCms;
        this.communityBased = edited.communityBased;
        setCapacity(edited.staffCapacity, edited.agencyCapacity);
    }

    @Override
    public String auditType() {
        return "Exercise";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("title", title).with("type", type).with("scenario", scenario)
                .with("objectives", objectives).with("coreCapabilities", new TreeSet<>(coreCapabilities))
                .with("facility", facility == null ? null : facility.getId()).with("location", location)
                .with("window", window).with("leadPlanner", leadPlanner == null ? null : leadPlanner.getId())
                .with("staffCapacity", staffCapacity).with("agencyCapacity", agencyCapacity)
                .with("countsTowardCms", countsTowardCms).with("communityBased", communityBased)
                .with("status", status).with("cancelReason", cancelReason).with("conductedOn", conductedOn)
                .with("agencies", agencyIds().stream().sorted().toList())
                .with("pointsOfContact", agencies.stream().filter(a -> a.getPointOfContact() != null)
                        .map(a -> a.getAgency().getId() + ":" + a.getPointOfContact().getId()).sorted().toList())
                .with("milestones", getMilestones().stream().map(m -> m.getKind() + " " + m.getDueOn()).toList())
                .with("overrideReason", overrideReason).with("overriddenBy", overriddenBy).build();
    }

    public List<Long> agencyIds() {
        return agencies.stream().map(a -> a.getAgency().getId()).toList();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public HseepType getType() { return type; }
    public void setType(HseepType type) { this.type = type; }
    public ExerciseCategory getCategory() { return type == null ? null : type.category(); }
    public Scenario getScenario() { return scenario; }
    public void setScenario(Scenario scenario) { this.scenario = scenario; }
    public String getObjectives() { return objectives; }
    public void setObjectives(String objectives) { this.objectives = objectives; }
    public Set<CoreCapability> getCoreCapabilities() { return coreCapabilities; }
    public void setCoreCapabilities(Set<CoreCapability> capabilities) {
        this.coreCapabilities = capabilities == null || capabilities.isEmpty() ? EnumSet.noneOf(CoreCapability.class)
                : EnumSet.copyOf(capabilities);
    }
    public Facility getFacility() { return facility; }
    /** The facility is chosen once, when the exercise is proposed. */
    public void setFacility(Facility facility) {
        if (!isNew() && this.facility != null && !this.facility.equals(facility)) {
            throw DomainRuleViolation.onField("facilityId", "exercise.facility.fixed",
                    "An exercise stays with the facility that proposed it.");
        }
        this.facility = facility;
    }
    public String getLocation() { return location; }
    public TimeWindow getWindow() { return window; }
    public LocalDateTime getStartsAt() { return window == null ? null : window.startsAt(); }
    public LocalDateTime getEndsAt() { return window == null ? null : window.endsAt(); }
    public UserAccount getLeadPlanner() { return leadPlanner; }
    public void setLeadPlanner(UserAccount leadPlanner) { this.leadPlanner = leadPlanner; }
    public int getStaffCapacity() { return staffCapacity; }
    public int getAgencyCapacity() { return agencyCapacity; }
    public boolean isCountsTowardCms() { return countsTowardCms; }
    public void setCountsTowardCms(boolean countsTowardCms) { this.countsTowardCms = countsTowardCms; }
    public boolean isCommunityBased() { return communityBased; }
    public void setCommunityBased(boolean communityBased) { this.communityBased = communityBased; }
    public ExerciseStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public LocalDate getConductedOn() { return conductedOn; }
    public LocalDate getAfterActionOpenedOn() { return afterActionOpenedOn; }
    public String getOverrideReason() { return overrideReason; }
    public String getOverriddenBy() { return overriddenBy; }
    public LocalDateTime getOverriddenAt() { return overriddenAt; }
    /** Read-only: the agencies change through {@link #assignAgencies}. */
    public List<ExerciseAgency> getAgencies() { return Collections.unmodifiableList(agencies); }
    /** Read-only, in meeting order: the milestones change through {@link #planMilestones}. */
    public List<Milestone> getMilestones() {
        return milestones.stream().sorted(Comparator.comparing(Milestone::getKind)).toList();
    }
}
