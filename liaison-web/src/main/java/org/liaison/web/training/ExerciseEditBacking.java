package org.liaison.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.CoreCapability;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.ExerciseAgency;
import org.liaison.domain.training.HseepType;
import org.liaison.domain.training.Milestone;
import org.liaison.domain.training.MilestoneKind;
import org.liaison.domain.training.Scenario;
import org.liaison.domain.training.TimeWindow;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.relationship.WhoToCall;
import org.liaison.training.Conflict;
import org.liaison.training.ExercisePlan;
import org.liaison.training.ExerciseService;
import org.liaison.training.FreeSlot;
import org.liaison.training.ScheduleConflicts;
import org.liaison.training.SlotQuery;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/**
 * exercises/edit: propose or change an exercise. Saving checks the time and place; a conflict is listed by name with
 * free slots to pick from, and a manager may go ahead anyway by giving a reason.
 */
@Named
@ViewScoped
public class ExerciseEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExerciseService exercises;

    @Inject
    AgencyService agencyService;

    @Inject
    WhoToCall whoToCall;

    private Long id;
    private long version;
    private boolean loaded;
    private String title;
    private HseepType type;
    private Scenario scenario;
    private Long facilityId;
    private String location;
    private LocalDateTime startsAt;
    private Integer durationMinutes = 180;
    private List<PickOption> agencies = new ArrayList<>();
    private Map<Long, Long> pointsOfContact = new LinkedHashMap<>();
    private PickOption leadPlanner;
    private PickOption agencyPick;
    private Integer staffCapacity = 20;
    private Integer agencyCapacity = 10;
    private boolean countsTowardCms = true;
    private boolean communityBased;
    private String objectives;
    private List<CoreCapability> capabilities = new ArrayList<>();
    private LocalDate concept;
    private LocalDate initial;
    private LocalDate midTerm;
    private LocalDate finalPlanning;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilities;
    private List<Conflict> conflicts = new ArrayList<>();
    private List<FreeSlot> slots = new ArrayList<>();
    private boolean slotsSearched;
    private String overrideReason;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (id == null) {
                List<Facility> choices = getFacilities();
                facilityId = choices.isEmpty() ? null : choices.get(0).getId();
                startsAt = LocalDate.now().plusDays(14).atTime(9, 0);
                return;
            }
            Exercise x = exercises.find(id);
            version = x.getVersion();
            title = x.getTitle();
            type = x.getType();
            scenario = x.getScenario();
            facilityId = x.getFacility().getId();
            location = x.getLocation();
            startsAt = x.getStartsAt();
            durationMinutes = (int) x.getWindow().minutes();
            for (ExerciseAgency a : x.getAgencies()) {
                agencies.add(new PickOption(a.getAgency().getId(), a.getAgency().getName()));
                pointsOfContact.put(a.getAgency().getId(), a.getPointOfContact() == null ? null
                        : a.getPointOfContact().getId());
            }
            leadPlanner = x.getLeadPlanner() == null ? null
                    : new PickOption(x.getLeadPlanner().getId(), x.getLeadPlanner().getDisplayName());
            staffCapacity = x.getStaffCapacity();
            agencyCapacity = x.getAgencyCapacity();
            countsTowardCms = x.isCountsTowardCms();
            communityBased = x.isCommunityBased();
            objectives = x.getObjectives();
            capabilities = new ArrayList<>(x.getCoreCapabilities());
            for (Milestone m : x.getMilestones()) {
                switch (m.getKind()) {
                    case CONCEPT_AND_OBJECTIVES -> concept = m.getDueOn();
                    case INITIAL_PLANNING -> initial = m.getDueOn();
                    case MID_TERM_PLANNING -> midTerm = m.getDueOn();
                    case FINAL_PLANNING -> finalPlanning = m.getDueOn();
                }
            }
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public List<PickOption> completeAgency(String query) {
        return agencyService.search(new AgencyFilter(query, null, null, null), new PageRequest(0, 10, "name", true))
                .items().stream().map(a -> new PickOption(a.id(), a.name())).toList();
    }

    /** Adds the agency just picked (once) and empties the picker for the next one. */
    public void addAgency() {
        if (agencyPick != null && agencies.stream().noneMatch(a -> a.id().equals(agencyPick.id()))) {
            agencies.add(agencyPick);
        }
        agencyPick = null;
    }

    public void removeAgency(int index) {
        if (index >= 0 && index < agencies.size()) {
            agencies.remove(index);
        }
    }

    public List<PickOption> completePlanner(String query) {
        if (facilityId == null) {
            return List.of();
        }
        return exercises.planners(facilityId, query, 10).stream()
                .map(u -> new PickOption(u.getId(), u.getDisplayName())).toList();
    }

    public String save() {
        try {
            Exercise edited = edited();
            ExercisePlan plan = plan(edited.getWindow());
            Exercise saved = id == null ? exercises.propose(edited, plan) : exercises.revise(id, version, edited, plan);
            Feedback.savedAndRedirecting("exercise.saved", saved.getTitle());
            return "/exercises/view?faces-redirect=true&id=" + saved.getId();
        } catch (ScheduleConflicts e) {
            // listed in the page's conflicts region, with free slots to pick from
            conflicts = new ArrayList<>(e.getConflicts());
            suggest();
        } catch (InvalidInput e) {
            Feedback.invalid(rename(e), "exercise");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                Feedback.invalid(rename(InvalidInput.of(e.getField(), e.getMessage())), "exercise");
            } else {
                Feedback.refused(e.getMessage());
            }
        } catch (StaleRecord e) {
            Feedback.stale();
        } catch (RecordNotFound e) {
            Feedback.error("exercise.outOfScope");
        }
        return null;
    }

    /** Lists what the time and place collide with, without saving. */
    public void check() {
        try {
            conflicts = new ArrayList<>(exercises.conflicts(facilityId, location, window(), agencyIds(), id));
            if (conflicts.isEmpty()) {
                Feedback.info("exercise.conflicts.none");
            }
        } catch (InvalidInput e) {
            Feedback.invalid(rename(e), "exercise");
        } catch (DomainRuleViolation e) {
            Feedback.invalid(rename(InvalidInput.of(e.getField() == null ? "startsAt" : e.getField(),
                    e.getMessage())), "exercise");
        }
    }

    /** The earliest free window of each of the next 30 days for this room, duration and agencies. */
    public void suggest() {
        try {
            LocalDate from = startsAt == null || startsAt.toLocalDate().isBefore(LocalDate.now()) ? LocalDate.now()
                    : startsAt.toLocalDate();
            slots = new ArrayList<>(exercises.freeSlots(new SlotQuery(facilityId, location,
                    durationMinutes == null ? 0 : durationMinutes, agencyIds(), from, from.plusDays(30), id, 5),
                    LocalDateTime.now()));
            slotsSearched = true;
        } catch (InvalidInput e) {
            Feedback.invalid(rename(e), "exercise");
        }
    }

    public void pickSlot(int index) {
        if (index >= 0 && index < slots.size()) {
            startsAt = slots.get(index).startsAt();
            conflicts = new ArrayList<>();
            slots = new ArrayList<>();
            slotsSearched = false;
            Feedback.info("exercise.slots.picked");
        }
    }

    /**
     * The service's field names as this form's inputs: the window's end is what the duration sets, the agencies have
     * their anchor beside the picker, and a milestone error has one above the four milestone dates.
     */
    private static InvalidInput rename(InvalidInput e) {
        return e.renamed(java.util.Map.of("endsAt", "durationMinutes", "agencyIds", "agencies"));
    }

    private Exercise edited() {
        Exercise x = new Exercise(title, type, scenario, null, location, window());
        x.setObjectives(objectives);
        x.setCoreCapabilities(capabilities.isEmpty() ? EnumSet.noneOf(CoreCapability.class) : EnumSet.copyOf(capabilities));
        x.setCapacity(staffCapacity == null ? 0 : staffCapacity, agencyCapacity == null ? 0 : agencyCapacity);
        x.setCountsTowardCms(countsTowardCms);
        x.setCommunityBased(communityBased);
        return x;
    }

    private TimeWindow window() {
        return TimeWindow.of(startsAt, durationMinutes == null ? 0 : durationMinutes);
    }

    private ExercisePlan plan(TimeWindow window) {
        Map<Long, Long> chosen = new LinkedHashMap<>();
        agencies.forEach(a -> chosen.put(a.id(), pointsOfContact.get(a.id())));
        Map<MilestoneKind, LocalDate> milestones = new EnumMap<>(MilestoneKind.class);
        milestones.put(MilestoneKind.CONCEPT_AND_OBJECTIVES, concept);
        milestones.put(MilestoneKind.INITIAL_PLANNING, initial);
        milestones.put(MilestoneKind.MID_TERM_PLANNING, midTerm);
        milestones.put(MilestoneKind.FINAL_PLANNING, finalPlanning);
        milestones.values().removeIf(java.util.Objects::isNull);
        return new ExercisePlan(facilityId, location, window, chosen, leadPlanner == null ? null : leadPlanner.id(),
                milestones, overrideReason == null || overrideReason.isBlank() ? null : overrideReason);
    }

    private java.util.Set<Long> agencyIds() {
        return new HashSet<>(agencies.stream().map(PickOption::id).toList());
    }

    public HseepType[] getTypes() { return HseepType.values(); }
    public Scenario[] getScenarios() { return Scenario.values(); }
    public CoreCapability[] getAllCapabilities() { return CoreCapability.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public HseepType getType() { return type; }
    public void setType(HseepType type) { this.type = type; }
    public Scenario getScenario() { return scenario; }
    public void setScenario(Scenario scenario) { this.scenario = scenario; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public List<PickOption> getAgencies() { return agencies; }
    public void setAgencies(List<PickOption> agencies) { this.agencies = agencies == null ? new ArrayList<>() : agencies; }
    public PickOption getAgencyPick() { return agencyPick; }
    public void setAgencyPick(PickOption agencyPick) { this.agencyPick = agencyPick; }
    public PickOption getLeadPlanner() { return leadPlanner; }
    public void setLeadPlanner(PickOption leadPlanner) { this.leadPlanner = leadPlanner; }
    public Integer getStaffCapacity() { return staffCapacity; }
    public void setStaffCapacity(Integer staffCapacity) { this.staffCapacity = staffCapacity; }
    public Integer getAgencyCapacity() { return agencyCapacity; }
    public void setAgencyCapacity(Integer agencyCapacity) { this.agencyCapacity = agencyCapacity; }
    public boolean isCountsTowardCms() { return countsTowardCms; }
    public void setCountsTowardCms(boolean countsTowardCms) { this.countsTowardCms = countsTowardCms; }
    public boolean isCommunityBased() { return communityBased; }
    public void setCommunityBased(boolean communityBased) { this.communityBased = communityBased; }
    public String getObjectives() { return objectives; }
    public void setObjectives(String objectives) { this.objectives = objectives; }
    public List<CoreCapability> getCapabilities() { return capabilities; }
    public void setCapabilities(List<CoreCapability> capabilities) { this.capabilities = capabilities; }
    public LocalDate getConcept() { return concept; }
    public void setConcept(LocalDate concept) { this.concept = concept; }
    public LocalDate getInitial() { return initial; }
    public void setInitial(LocalDate initial) { this.initial = initial; }
    public LocalDate getMidTerm() { return midTerm; }
    public void setMidTerm(LocalDate midTerm) { this.midTerm = midTerm; }
    public LocalDate getFinalPlanning() { return finalPlanning; }
    public void setFinalPlanning(LocalDate finalPlanning) { this.finalPlanning = finalPlanning; }
    public List<Facility> getFacilities() {
        if (facilities == null) {
            facilities = whoToCall.facilities();
        }
        return facilities;
    }

    public List<Conflict> getConflicts() { return conflicts; }
    public List<FreeSlot> getSlots() { return slots; }
    public boolean isSlotsSearched() { return slotsSearched; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
}
