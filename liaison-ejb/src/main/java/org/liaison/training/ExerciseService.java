package org.liaison.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.engagement.Engagement;
import org.liaison.domain.engagement.EngagementKind;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.training.AgencyBlackout;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.ExerciseAgency;
import org.liaison.domain.training.ExerciseStatus;
import org.liaison.domain.training.RegistrationStatus;
import org.liaison.domain.training.Side;
import org.liaison.domain.training.TimeWindow;
import org.liaison.engagement.EngagementService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * Joint exercises: proposing, planning, scheduling without collisions, conducting, and the after-action steps. Staff
 * see their facilities' exercises; a partner sees those their agency takes part in; managers, directors and
 * administrators change them.
 */
@Stateless
public class ExerciseService {

    /** Agencies that count as police for "exercises with police". */
    public static final Set<AgencyType> POLICE = EnumSet.of(AgencyType.MUNICIPAL_POLICE, AgencyType.SHERIFF,
            AgencyType.STATE_POLICE, AgencyType.FEDERAL, AgencyType.CAMPUS_TRANSIT);
    private static final int MAX_SLOT_DAYS = 180;

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    Validation validation;

    @Inject
    ConflictFinder conflictFinder;

    @Inject
    FreeSlotFinder freeSlotFinder;

    @Inject
    Event<ExerciseConducted> conducted;

    @Inject
    Waitlist waitlist;

    @EJB
    AuditTrail audit;

    @EJB
    EngagementService engagements;

    /** The moves a user can ask for. */
    public enum Move { START_PLANNING, SCHEDULE, CONDUCT, START_AFTER_ACTION, CLOSE, CANCEL }

    // ------------------------------------------------------------------ reading

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<Exercise> search(ExerciseFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ").append(visibleCondition());
        Map<String, Object> params = new HashMap<>();
        if (filter.facilityId() != null) {
            where.append(" and x.facility.id = :facilityId");
            params.put("facilityId", filter.facilityId());
        }
        if (filter.agencyId() != null) {
            where.append(" and exists (select a1.id from ExerciseAgency a1 where a1.exercise = x"
                    + " and a1.agency.id = :agencyId)");
            params.put("agencyId", filter.agencyId());
        }
        if (filter.status() != null) {
            where.append(" and x.status = :status");
            params.put("status", filter.status());
        }
        if (filter.type() != null) {
            where.append(" and x.type = :type");
            params.put("type", filter.type());
        }
        if (filter.from() != null) {
            where.append(" and x.window.startsAt >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.append(" and x.window.startsAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.upcoming() || filter.openToMyAgency()) {
            where.append(" and x.status in :upcoming");
            params.put("upcoming", ExerciseStatus.UPCOMING);
        }
        if (filter.heldSince() != null) {
            where.append(" and x.status in :held and x.conductedOn >= :heldSince");
            params.put("held", ExerciseStatus.HELD);
            params.put("heldSince", filter.heldSince());
        }
        if (filter.withPolice() != null) {
            where.append(filter.withPolice() ? " and" : " and not").append(" exists (select a2.id from ExerciseAgency a2"
                    + " where a2.exercise = x and a2.agency.type in :police)");
            params.put("police", POLICE);
        }
        if (filter.openToMyAgency()) {
            where.append(" and x.agencyCapacity > (select count(r) from Registration r where r.exercise = x"
                    + " and r.side = :agencySide and r.status in :active and r.waitlisted = :notWaitlisted)");
            params.put("notWaitlisted", Boolean.FALSE);
            params.put("agencySide", Side.AGENCY);
            params.put("active", RegistrationStatus.ACTIVE);
        }
        boolean newestFirst = filter.heldSince() != null || (!filter.upcoming() && !filter.openToMyAgency());
        TypedQuery<Exercise> query = em.createQuery("select x from Exercise x join fetch x.facility" + where
                + " order by x.window.startMinute" + (newestFirst ? " desc" : "") + ", x.id", Exercise.class);
        TypedQuery<Long> count = em.createQuery("select count(x) from Exercise x" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            scope.bind(q);
            params.forEach(q::setParameter);
            // booleans must be bound: inlined, EclipseLink writes them as 0/1, which H2 refuses to compare
            q.setHint("eclipselink.jdbc.bind-parameters", "TRUE");
        }
        query.setHint("eclipselink.batch", "x.agencies").setHint("eclipselink.batch", "x.coreCapabilities")
                .setHint("eclipselink.batch.type", "IN");
        List<Exercise> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        loadAgencies(items);
        return new Page<>(items, count.getSingleResult());
    }

    /** Partners: exercises their agency takes part in. Staff: their facilities'. */
    private String visibleCondition() {
        return ExerciseScope.condition(caller, scope, "x");
    }

    /** The participating agencies (and their points of contact) of a page of exercises, in one query. */
    private void loadAgencies(List<Exercise> items) {
        if (items.isEmpty()) {
            return;
        }
        em.createQuery("select xa from ExerciseAgency xa join fetch xa.agency left join fetch xa.pointOfContact"
                + " where xa.exercise in :items", ExerciseAgency.class).setParameter("items", items).getResultList();
        items.forEach(x -> x.getAgencies().size());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Exercise find(Long id) {
        Exercise found = id == null ? null : em.find(Exercise.class, id);
        if (found != null) {
            // the agencies decide who may see it; read them with their people in one query, not one per agency
            loadAgencies(List.of(found));
        }
        Exercise exercise = scope.found(found, this::visible, "Exercise", id);
        exercise.getMilestones();
        exercise.getFacility().getName();
        if (exercise.getLeadPlanner() != null) {
            exercise.getLeadPlanner().getDisplayName();
        }
        return exercise;
    }

    boolean visible(Exercise exercise) {
        if (caller.isPartner()) {
            return exercise.agencyIds().contains(caller.partnerAgencyId());
        }
        return scope.seesFacility(exercise.getFacility().getId());
    }

    // ------------------------------------------------------------------ changing

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Exercise propose(Exercise exercise, ExercisePlan plan) {
        exercise.setId(null);
        Facility facility = scope.facilityRef(plan.facilityId(), "facilityId");
        exercise.setFacility(facility);
        validation.check(exercise);
        exercise.moveTo(plan.location(), plan.window());
        exercise.setCapacity(exercise.getStaffCapacity(), exercise.getAgencyCapacity());
        exercise.assignAgencies(agencies(plan.agencies(), List.of()));
        exercise.setLeadPlanner(plan.leadPlannerId() == null ? null
                : scope.ownerRef(plan.leadPlannerId(), Set.of(facility.getId()), "leadPlannerId"));
        if (plan.milestones() != null) {
            exercise.planMilestones(plan.milestones());
        }
        validation.check(exercise);
        boolean overridden = checkConflicts(exercise, null, plan.overrideReason());
        em.persist(exercise);
        em.flush();
        audit.created(exercise);
        if (overridden) {
            audit.action("CONFLICT_OVERRIDDEN", "Exercise", exercise.getId(), caller.username(), null);
        }
        return exercise;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Exercise revise(Long id, long version, Exercise edited, ExercisePlan plan) {
        Exercise exercise = editable(id, version);
        Map<String, Object> before = exercise.auditSnapshot();
        exercise.updateTermsFrom(edited);
        validation.check(exercise);
        boolean moved = !plan.window().equals(exercise.getWindow())
                || !Exercise.locationKey(plan.location()).equals(Exercise.locationKey(exercise.getLocation()));
        exercise.moveTo(plan.location(), plan.window());
        exercise.assignAgencies(agencies(plan.agencies(), exercise.getAgencies().stream()
                .map(ExerciseAgency::getPointOfContact).filter(java.util.Objects::nonNull).toList()));
        if (plan.leadPlannerId() != null) {
            exercise.setLeadPlanner(scope.ownerRef(plan.leadPlannerId(), Set.of(exercise.getFacility().getId()),
                    "leadPlannerId"));
        }
        if (plan.milestones() != null) {
            exercise.planMilestones(plan.milestones());
        }
        validation.check(exercise);
        boolean overridden = (moved || plan.overrideReason() != null)
                && checkConflicts(exercise, exercise.getId(), plan.overrideReason());
        em.flush();
        audit.changed(before, exercise);
        // a side whose capacity grew takes people from its waitlist
        waitlist.promote(exercise, Side.STAFF);
        waitlist.promote(exercise, Side.AGENCY);
        if (overridden) {
            audit.action("CONFLICT_OVERRIDDEN", "Exercise", exercise.getId(), caller.username(), null);
        }
        return exercise;
    }

    /** Refuses the time and place when something collides, unless a manager gives a reason to go ahead (audited). */
    private boolean checkConflicts(Exercise exercise, Long selfId, String overrideReason) {
        List<Conflict> conflicts = conflictFinder.find(exercise.getFacility().getId(), exercise.getLocation(),
                exercise.getWindow(), selfId, exercise.agencyIds());
        if (conflicts.isEmpty()) {
            return false;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new ScheduleConflicts(conflicts);
        }
        exercise.overrideConflicts(overrideReason, caller.username(), LocalDateTime.now());
        return true;
    }

    /** One lifecycle move; the exercise refuses a move its status does not allow (409 over the API). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Exercise move(Long id, long version, Move move, LocalDate today, String reason) {
        return move(id, version, move, today, reason, null);
    }

    /**
     * One lifecycle move. Scheduling checks conflicts again (people registered since it was proposed, a meeting or
     * blackout declared since): it is refused naming each conflict unless a manager gives an override reason, which is
     * kept on the exercise and in the audit trail.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Exercise move(Long id, long version, Move move, LocalDate today, String reason, String overrideReason) {
        Exercise exercise = editable(id, version);
        Map<String, Object> before = exercise.auditSnapshot();
        boolean overridden = false;
        switch (move) {
            case START_PLANNING -> exercise.startPlanning();
            case SCHEDULE -> {
                exercise.schedule();
                overridden = checkConflicts(exercise, exercise.getId(), overrideReason);
            }
            case CONDUCT -> conduct(exercise, today);
            case START_AFTER_ACTION -> exercise.startAfterAction();
            case CLOSE -> exercise.close();
            case CANCEL -> exercise.cancel(reason);
        }
        em.flush();
        audit.changed(before, exercise);
        if (overridden) {
            audit.action("CONFLICT_OVERRIDDEN", "Exercise", exercise.getId(), caller.username(), null);
        }
        return exercise;
    }

    /**
     * Conducting records an engagement with each participating agency (their cadence clocks reset) and, through the
     * event, opens the after-action review, all in this transaction.
     */
    private void conduct(Exercise exercise, LocalDate today) {
        exercise.conduct(today);
        List<Long> attendedContacts = em.createQuery("select r.contact.id from Registration r where r.exercise = :x"
                + " and r.status = :attended and r.contact is not null", Long.class).setParameter("x", exercise)
                .setParameter("attended", RegistrationStatus.ATTENDED).getResultList();
        for (ExerciseAgency participant : exercise.getAgencies()) {
            Engagement engagement = new Engagement(exercise.getFacility(), participant.getAgency(),
                    EngagementKind.EXERCISE, today, "Joint exercise conducted: " + exercise.getTitle() + " ("
                    + exercise.getType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
            em.createQuery("select c from Contact c where c.id in :ids and c.agency = :agency", Contact.class)
                    .setParameter("ids", attendedContacts.isEmpty() ? List.of(-1L) : attendedContacts)
                    .setParameter("agency", participant.getAgency()).getResultList()
                    .forEach(engagement::addParticipant);
            engagements.record(engagement);
        }
        conducted.fire(new ExerciseConducted(exercise.getId(), exercise.getFacility().getId(), exercise.agencyIds(),
                today, exercise.getTitle()));
    }

    private Exercise editable(Long id, long version) {
        Exercise exercise = find(id);
        scope.require(scope.seesFacility(exercise.getFacility().getId()), "Exercise", id);
        if (exercise.getVersion() != version) {
            throw new StaleRecord("Exercise", id);
        }
        return exercise;
    }

    /**
     * The agencies taking part with their points of contact. A new point of contact must serve at the agency now;
     * one the exercise already names ({@code kept}) may stay after leaving, so the exercise can still be changed.
     */
    private Map<Agency, Contact> agencies(Map<Long, Long> ids, Collection<Contact> kept) {
        Map<Agency, Contact> resolved = new LinkedHashMap<>();
        if (ids != null) {
            ids.forEach((agencyId, contactId) -> {
                Agency agency = scope.agencyRef(agencyId, "agencies");
                Contact pointOfContact = contactId == null ? null : scope.contactRef(contactId, agency, "agencies");
                if (pointOfContact != null && !kept.contains(pointOfContact)) {
                    pointOfContact.requireServing("agencies");
                }
                resolved.put(agency, pointOfContact);
            });
        }
        return resolved;
    }

    // ------------------------------------------------------------------ scheduling help

    /** What a proposed time and place would collide with (nothing is saved). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public List<Conflict> conflicts(Long facilityId, String location, TimeWindow window, Set<Long> agencyIds,
            Long exerciseId) {
        scope.facilityRef(facilityId, "facilityId");
        if (exerciseId != null) {
            Exercise exercise = find(exerciseId);
            scope.require(exercise.getFacility().getId().equals(facilityId), "Exercise", exerciseId);
        }
        agencyIds.forEach(a -> scope.agencyRef(a, "agencyIds"));
        return conflictFinder.find(facilityId, location, window, exerciseId, agencyIds);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public List<FreeSlot> freeSlots(SlotQuery query, LocalDateTime now) {
        scope.facilityRef(query.facilityId(), "facilityId");
        query.agencyIds().forEach(a -> scope.agencyRef(a, "agencyIds"));
        if (query.location() == null || query.location().isBlank()) {
            throw InvalidInput.of("location", "Enter the room or site.");
        }
        if (query.durationMinutes() < 15 || query.durationMinutes() > FreeSlotFinder.DAY_CLOSES - FreeSlotFinder.DAY_OPENS) {
            throw InvalidInput.of("durationMinutes", "Must be between 15 and 600 minutes (exercises are suggested"
                    + " between 08:00 and 18:00).");
        }
        if (query.from() == null || query.to() == null || query.to().isBefore(query.from())) {
            throw InvalidInput.of("to", "Give a date range: from, then to on or after it.");
        }
        if (query.to().isAfter(query.from().plusDays(MAX_SLOT_DAYS))) {
            throw InvalidInput.of("to", "Search at most " + MAX_SLOT_DAYS + " days at a time.");
        }
        if (query.excludeExerciseId() != null) {
            find(query.excludeExerciseId());
        }
        return freeSlotFinder.find(query, now);
    }

    /** Who can lead the planning of a facility's exercise: its managers and the directors, by name. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public List<org.liaison.domain.account.UserAccount> planners(Long facilityId, String name, int limit) {
        Facility facility = scope.facilityRef(facilityId, "facilityId");
        return em.createQuery("select distinct u from UserAccount u join u.roles r left join u.facilities f"
                        + " where ((r = :manager and f = :facility) or r = :director)"
                        + " and lower(u.displayName) like :name order by u.displayName",
                        org.liaison.domain.account.UserAccount.class)
                .setParameter("manager", Role.MANAGER).setParameter("director", Role.DIRECTOR)
                .setParameter("facility", facility).setParameter("name", RegistrationService.like(name))
                .setMaxResults(Math.min(limit, 25)).getResultList().stream()
                .filter(org.liaison.domain.account.UserAccount::isEnabled).toList();
    }

    // ------------------------------------------------------------------ blackouts

    /** An agency's blackout days: managers for agencies they work with, a partner for their own agency. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.PARTNER_})
    public AgencyBlackout declareBlackout(Long agencyId, LocalDate firstDay, LocalDate lastDay, String reason) {
        Agency agency = scope.agencyRef(agencyId, "agencyId");
        AgencyBlackout blackout = new AgencyBlackout(agency, firstDay, lastDay, reason);
        validation.check(blackout);
        em.persist(blackout);
        em.flush();
        audit.created(blackout);
        return blackout;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<AgencyBlackout> blackouts(Long agencyId, LocalDate from, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ").append(scope.agencies("b.agency"));
        if (agencyId != null) {
            where.append(" and b.agency.id = :agency");
        }
        where.append(" and b.lastDay >= :from");
        TypedQuery<AgencyBlackout> query = em.createQuery("select b from AgencyBlackout b join fetch b.agency" + where
                + " order by b.firstDay, b.id", AgencyBlackout.class);
        TypedQuery<Long> count = em.createQuery("select count(b) from AgencyBlackout b" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            scope.bind(q);
            if (agencyId != null) {
                q.setParameter("agency", agencyId);
            }
            q.setParameter("from", from);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }
}
