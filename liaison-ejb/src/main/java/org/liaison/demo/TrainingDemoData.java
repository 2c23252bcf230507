package org.liaison.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.relationship.RelationshipRole;
import org.liaison.domain.training.AgencyBlackout;
import org.liaison.domain.shared.CoreCapability;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.HseepType;
import org.liaison.domain.training.MilestoneKind;
import org.liaison.domain.training.PlanActivation;
import org.liaison.domain.training.Registration;
import org.liaison.domain.training.Scenario;
import org.liaison.domain.training.TimeWindow;

/**
 * Three years of joint exercises, about 30 a year per region with a realistic mix of HSEEP types and about 25
 * registrations each (both sides, mostly attended), a few upcoming ones open for registration, an agency blackout
 * and a real activation. Shaped so the tracker has something to say: the home hospital lacks its second exercise
 * (not compliant) and Cedar Falls' functional exercise lapses within 60 days (at risk); the others are compliant.
 */
@Dependent
public class TrainingDemoData implements DemoDataPart {

    /** Days ago of each hospital's past exercises (plus 5 per hospital index), and their types. */
    private static final int[] PAST_DAYS = {25, 130, 230, 400, 500, 610, 720, 800, 900, 1000, 1080};
    private static final HseepType[] PAST_TYPES = {HseepType.TABLETOP, HseepType.FULL_SCALE, HseepType.DRILL,
        HseepType.FUNCTIONAL, HseepType.TABLETOP, HseepType.FULL_SCALE, HseepType.WORKSHOP, HseepType.DRILL,
        HseepType.FULL_SCALE, HseepType.SEMINAR, HseepType.GAME};
    /** The home hospital: a full-scale exercise 60 days ago and nothing else within the 12 months. */
    private static final int[] HOME_DAYS = {60, 400, 480, 560, 640, 720, 800, 880, 960, 1040, 1090};
    private static final HseepType[] HOME_TYPES = {HseepType.FULL_SCALE, HseepType.TABLETOP, HseepType.DRILL,
        HseepType.FUNCTIONAL, HseepType.TABLETOP, HseepType.FULL_SCALE, HseepType.WORKSHOP, HseepType.DRILL,
        HseepType.FULL_SCALE, HseepType.SEMINAR, HseepType.TABLETOP};
    /** The at-risk hospital: its functional exercise was 320 days ago. */
    private static final int[] AT_RISK_DAYS = {40, 320, 420, 520, 610, 720, 800, 890, 980, 1050, 1095};
    private static final HseepType[] AT_RISK_TYPES = {HseepType.TABLETOP, HseepType.FUNCTIONAL, HseepType.DRILL,
        HseepType.FULL_SCALE, HseepType.TABLETOP, HseepType.FULL_SCALE, HseepType.WORKSHOP, HseepType.DRILL,
        HseepType.FULL_SCALE, HseepType.SEMINAR, HseepType.GAME};
    private static final int AT_RISK_HOSPITAL = 4;

    private static final Scenario[] SCENARIOS = {Scenario.ACTIVE_ASSAILANT, Scenario.FORENSIC_PATIENT_ESCAPE,
        Scenario.HOSTAGE, Scenario.CIVIL_UNREST, Scenario.BOMB_THREAT, Scenario.INFANT_ABDUCTION,
        Scenario.WORKPLACE_VIOLENCE, Scenario.MASS_CASUALTY};
    private static final String[] ROOMS = {"Education Center, Room 2", "Emergency Department", "Main Lobby",
        "Parking Structure B", "Behavioral Health Unit", "Conference Center"};

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed(DemoContext context) {
        long started = System.nanoTime();
        seedExercises(context);
        java.util.logging.Logger.getLogger(TrainingDemoData.class.getName()).info(() -> "event=demo.training millis="
                + (System.nanoTime() - started) / 1_000_000);
    }

    private void seedExercises(DemoContext context) {
        EntityManager em = context.em();
        Map<Long, List<Relationship>> relationships = em.createQuery("select r from Relationship r join fetch r.agency"
                + " order by r.id", Relationship.class).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.getFacility().getId()));
        Map<Long, List<Contact>> contacts = context.contacts().stream()
                .collect(Collectors.groupingBy(c -> c.getAgency().getId()));
        Map<Long, List<UserAccount>> staff = new LinkedHashMap<>();
        em.createQuery("select distinct u from UserAccount u join u.roles r where r in :roles order by u.id",
                        UserAccount.class).setParameter("roles", EnumSet.of(Role.MANAGER, Role.OFFICER)).getResultList()
                .forEach(u -> u.getFacilities().forEach(f -> staff.computeIfAbsent(f.getId(), k -> new ArrayList<>())
                        .add(u)));
        List<Facility> hospitals = context.hospitals();
        for (int h = 0; h < hospitals.size(); h++) {
            Facility hospital = hospitals.get(h);
            int local = h % 8;
            int[] days = local == 0 ? HOME_DAYS : local == AT_RISK_HOSPITAL ? AT_RISK_DAYS : PAST_DAYS;
            HseepType[] types = local == 0 ? HOME_TYPES : local == AT_RISK_HOSPITAL ? AT_RISK_TYPES : PAST_TYPES;
            int shift = local == 0 || local == AT_RISK_HOSPITAL ? 0 : 5 * local;
            List<Relationship> partners = relationships.getOrDefault(hospital.getId(), List.of());
            List<UserAccount> people = staff.getOrDefault(hospital.getId(), List.of());
            if (partners.isEmpty() || people.isEmpty()) {
                continue;
            }
            for (int i = 0; i < days.length; i++) {
                LocalDate day = context.today().minusDays(days[i] + shift);
                boolean cancelled = i == 7 && local % 2 == 1;
                exercise(context, hospital, partners, contacts, people, types[i], day, i, cancelled ? null : day);
            }
            exercise(context, hospital, partners, contacts, people, HseepType.TABLETOP,
                    context.today().plusDays(20 + 3L * local), 20, null);
            exercise(context, hospital, partners, contacts, people, local % 2 == 0 ? HseepType.FULL_SCALE
                    : HseepType.FUNCTIONAL, context.today().plusDays(75 + 3L * local), 21, null);
        }
        Facility home = hospitals.get(0);
        Agency homePolice = relationships.get(home.getId()).stream().map(Relationship::getAgency)
                .filter(a -> a.getType() == AgencyType.MUNICIPAL_POLICE).findFirst().orElseThrow();
        LocalDate festival = context.today().plusDays(35);
        em.persist(new AgencyBlackout(homePolice, festival, festival.plusDays(2), "City summer festival weekend"));
        if (hospitals.size() > 2) {
            em.persist(new PlanActivation(hospitals.get(2), context.today().minusDays(200),
                    "Emergency operations plan activated for a regional power outage (14 hours on generator power).",
                    "system"));
        }
    }

    private void exercise(DemoContext context, Facility hospital, List<Relationship> partners,
            Map<Long, List<Contact>> contacts, List<UserAccount> people, HseepType type, LocalDate day, int index,
            LocalDate conductedOn) {
        boolean upcoming = day.isAfter(context.today());
        int startHour = type == HseepType.FULL_SCALE ? 7 : 9;
        int minutes = switch (type) {
            case FULL_SCALE -> 360;
            case FUNCTIONAL -> 300;
            case DRILL -> 120;
            case SEMINAR -> 90;
            default -> 180;
        };
        Scenario scenario = SCENARIOS[(index + hospital.getCode().length() + day.getDayOfYear()) % SCENARIOS.length];
        String room = type == HseepType.FULL_SCALE ? "Campus-wide" : ROOMS[(index + day.getDayOfMonth()) % ROOMS.length];
        Exercise exercise = new Exercise(title(type, scenario, hospital), type, scenario, hospital, room,
                TimeWindow.of(day.atTime(startHour, 0), minutes));
        exercise.setObjectives("Test notification and unified command between hospital security and responding"
                + " officers. Validate the " + scenario.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " procedure. Exercise radio interoperability on the agreed channel.");
        exercise.setCoreCapabilities(EnumSet.of(CoreCapability.OPERATIONAL_COORDINATION,
                CoreCapability.OPERATIONAL_COMMUNICATIONS,
                CoreCapability.ON_SCENE_SECURITY_PROTECTION_AND_LAW_ENFORCEMENT));
        exercise.setCommunityBased(type == HseepType.FULL_SCALE && index % 3 != 2);
        exercise.setCapacity(type.isOperationsBased() && type != HseepType.DRILL ? 30 : 20,
                type == HseepType.FULL_SCALE ? 16 : 10);
        Map<Agency, Contact> agencies = new LinkedHashMap<>();
        List<Relationship> ordered = partners.stream().sorted(Comparator.comparing(
                (Relationship r) -> r.getRole() != RelationshipRole.PRIMARY)).toList();
        // most exercises include the primary police; some are run with dispatch or corrections only
        boolean withoutPolice = index % 7 == 2;
        int wanted = type == HseepType.FULL_SCALE ? 3 : type == HseepType.FUNCTIONAL ? 2 : 1;
        for (Relationship r : ordered) {
            boolean police = r.getAgency().getType() != AgencyType.DISPATCH
                    && r.getAgency().getType() != AgencyType.CORRECTIONS;
            if (agencies.size() < wanted && police != withoutPolice) {
                List<Contact> officers = contacts.getOrDefault(r.getAgency().getId(), List.of());
                agencies.put(r.getAgency(), officers.isEmpty() ? null : officers.get(0));
            }
        }
        if (agencies.isEmpty()) {
            Relationship r = ordered.get(0);
            List<Contact> officers = contacts.getOrDefault(r.getAgency().getId(), List.of());
            agencies.put(r.getAgency(), officers.isEmpty() ? null : officers.get(0));
        }
        exercise.assignAgencies(agencies);
        Map<MilestoneKind, LocalDate> milestones = new EnumMap<>(MilestoneKind.class);
        if (type.isOperationsBased() && type != HseepType.DRILL) {
            milestones.put(MilestoneKind.CONCEPT_AND_OBJECTIVES, day.minusDays(70));
            milestones.put(MilestoneKind.INITIAL_PLANNING, day.minusDays(50));
            milestones.put(MilestoneKind.MID_TERM_PLANNING, day.minusDays(30));
            milestones.put(MilestoneKind.FINAL_PLANNING, day.minusDays(10));
        } else {
            milestones.put(MilestoneKind.FINAL_PLANNING, day.minusDays(7));
        }
        exercise.planMilestones(milestones);
        exercise.setLeadPlanner(people.get(0));
        if (!upcoming || index == 20) {
            exercise.startPlanning();
            exercise.schedule();
        } else {
            exercise.startPlanning();
        }
        context.em().persist(exercise);
        List<Registration> registrations = register(context, exercise, people, agencies, contacts, upcoming);
        if (upcoming) {
            return;
        }
        if (conductedOn == null) {
            registrations.forEach(Registration::cancel);
            exercise.cancel("Postponed: the agency's officers were needed for a major incident that day.");
            return;
        }
        exercise.conduct(conductedOn);
        if (day.isBefore(context.today().minusDays(45))) {
            exercise.startAfterAction();
            exercise.close();
        } else if (day.isBefore(context.today().minusDays(14))) {
            exercise.startAfterAction();
        }
        for (Registration registration : registrations) {
            double dice = context.random().nextDouble();
            if (dice < 0.04) {
                registration.cancel();
            } else if (!registration.isWaitlisted() && dice < 0.12) {
                registration.noShow();
            } else if (!registration.isWaitlisted()) {
                registration.attend();
            }
        }
    }

    private List<Registration> register(DemoContext context, Exercise exercise, List<UserAccount> people,
            Map<Agency, Contact> agencies, Map<Long, List<Contact>> contacts, boolean upcoming) {
        List<Registration> made = new ArrayList<>();
        LocalDateTime at = exercise.getStartsAt().minusDays(21);
        int staffWanted = Math.min(people.size(), context.between(14, 18));
        int offset = context.between(0, people.size() - 1);
        long staffHolding = 0;
        for (int i = 0; i < staffWanted; i++) {
            UserAccount person = people.get((offset + i) % people.size());
            if (upcoming && "officer".equals(person.getUsername())) {
                continue; // the demo officer registers for the upcoming exercises themselves
            }
            Registration registration = Registration.ofStaff(exercise, person, staffHolding, "system", at);
            staffHolding += registration.isWaitlisted() ? 0 : 1;
            made.add(registration);
        }
        if (!upcoming) {
            people.stream().filter(p -> "officer".equals(p.getUsername())).findFirst()
                    .filter(officer -> made.stream().noneMatch(r -> r.getUser() == officer))
                    .ifPresent(officer -> made.add(Registration.ofStaff(exercise, officer, 0, "officer", at)));
        }
        long agencyHolding = 0;
        int agencyWanted = context.between(6, 9);
        for (Agency agency : agencies.keySet()) {
            for (Contact contact : contacts.getOrDefault(agency.getId(), List.of())) {
                if (agencyWanted-- <= 0 || (upcoming && agencyHolding >= exercise.getAgencyCapacity() - 3)) {
                    break;
                }
                Registration registration = Registration.ofAgencyPerson(exercise, contact, agencyHolding, "system", at);
                agencyHolding += registration.isWaitlisted() ? 0 : 1;
                made.add(registration);
            }
        }
        made.forEach(context.em()::persist);
        return made;
    }

    private static String title(HseepType type, Scenario scenario, Facility hospital) {
        String threat = switch (scenario) {
            case ACTIVE_ASSAILANT -> "Active assailant";
            case FORENSIC_PATIENT_ESCAPE -> "Forensic patient escape";
            case HOSTAGE -> "Hostage and barricade";
            case CIVIL_UNREST -> "Civil unrest at the ED entrance";
            case BOMB_THREAT -> "Bomb threat and search";
            case INFANT_ABDUCTION -> "Infant abduction (Code Pink)";
            case WORKPLACE_VIOLENCE -> "Workplace violence";
            case MASS_CASUALTY -> "Mass casualty surge with law enforcement";
            default -> "Joint response";
        };
        String kind = switch (type) {
            case SEMINAR -> "seminar";
            case WORKSHOP -> "workshop";
            case TABLETOP -> "tabletop";
            case GAME -> "game";
            case DRILL -> "drill";
            case FUNCTIONAL -> "functional exercise";
            case FULL_SCALE -> "full-scale exercise";
        };
        return threat + " " + kind + ", " + hospital.getCode();
    }
}
