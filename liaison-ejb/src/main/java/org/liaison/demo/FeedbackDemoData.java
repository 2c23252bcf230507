package org.liaison.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.CoreCapability;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.domain.feedback.Finding;
import org.liaison.domain.feedback.FindingKind;
import org.liaison.domain.feedback.Incident;
import org.liaison.domain.feedback.IncidentCategory;
import org.liaison.domain.feedback.PoeteElement;
import org.liaison.domain.feedback.Rating;
import org.liaison.domain.feedback.Review;
import org.liaison.domain.relationship.Relationship;

/**
 * Three years of the feedback loop per region: about 2,000 police-involved incidents a year with response times
 * typical of each kind of agency (city police fastest, state police slowest, each with a long tail), about 120
 * reviews a year with some 5 corrective actions each, in every state from opened to closed, some actions overdue and
 * some capabilities found wanting again (repeat findings). Built through the entities' own rules, then written as
 * JDBC batches (see {@link FeedbackRows}).
 */
@Dependent
public class FeedbackDemoData implements DemoDataPart {

    private static final Logger LOG = Logger.getLogger(FeedbackDemoData.class.getName());
    private static final int YEARS = 3;
    private static final int INCIDENTS_PER_HOSPITAL_YEAR = 250;

    private static final String[] LOCATIONS = {"Emergency department, triage", "Emergency department, bay 4",
        "Behavioral health unit", "Main lobby", "Parking garage, level 2", "Labor and delivery",
        "Ambulance bay", "ICU waiting room", "Outpatient pharmacy", "Cafeteria", "North entrance", "Psychiatric ED"};
    private static final String[] SUMMARIES = {"Patient assaulted a nurse during triage",
        "Visitor displayed a knife at the front desk", "Forensic patient in custody attempted to flee",
        "Patient eloped from the behavioral health unit", "Caller threatened to come to the hospital with a gun",
        "Family dispute escalated in the waiting room", "Catalytic converter stolen from a staff car",
        "Intoxicated visitor refused to leave and struck an officer", "Domestic violence suspect arrived at L&D",
        "Narcotics missing from an automated dispensing cabinet"};
    private static final String[] STRENGTHS = {"Officers de-escalated before police arrived",
        "Dispatch had the hospital's direct line and called back within a minute",
        "The charge nurse moved other patients away quickly", "Police met security at the agreed entrance",
        "Camera footage was ready for the responding officers", "Unified command set up within minutes"};
    private static final String[] AREAS = {"Hospital radios could not reach the police talkgroup",
        "Responding units went to the main entrance instead of the ED", "Nobody met the police at the door",
        "The lockdown of the unit took longer than the plan says", "Staff did not know how to request police",
        "Evidence was moved before police arrived", "Visitor screening missed the weapon",
        "Handover of the forensic patient's custody was unclear"};
    private static final CoreCapability[] AREA_CAPABILITIES = {CoreCapability.OPERATIONAL_COMMUNICATIONS,
        CoreCapability.OPERATIONAL_COORDINATION, CoreCapability.ACCESS_CONTROL_AND_IDENTITY_VERIFICATION,
        CoreCapability.PHYSICAL_PROTECTIVE_MEASURES, CoreCapability.PLANNING, CoreCapability.FORENSICS_AND_ATTRIBUTION,
        CoreCapability.SCREENING_SEARCH_AND_DETECTION, CoreCapability.ON_SCENE_SECURITY_PROTECTION_AND_LAW_ENFORCEMENT};
    private static final String[] ACTIONS = {"Program the police talkgroup into hospital radios",
        "Post a police staging map at every entrance", "Assign a greeter role in the response plan",
        "Run a lockdown drill on the unit each quarter", "Add police request steps to new-staff training",
        "Train officers on scene and evidence preservation", "Add a metal detector at the ED entrance",
        "Write the custody handover checklist with the sheriff's office"};

    @Override
    public int order() {
        return 900; // after every part whose records it refers to
    }

    @Override
    public void seed(DemoContext context) {
        long started = System.nanoTime();
        EntityManager em = context.em();
        Map<Long, List<Long>> agenciesOf = new HashMap<>();
        Map<Long, AgencyType> agencyTypes = new HashMap<>();
        for (Relationship r : em.createQuery("select r from Relationship r join fetch r.agency order by r.id",
                Relationship.class).setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList()) {
            agenciesOf.computeIfAbsent(r.getFacility().getId(), k -> new ArrayList<>()).add(r.getAgency().getId());
            agencyTypes.put(r.getAgency().getId(), r.getAgency().getType());
        }
        Map<Long, List<Long>> staffOf = new HashMap<>();
        Map<Long, String> managerOf = new HashMap<>();
        Map<Long, Long> partnerOf = new HashMap<>();
        // the roles and facilities of all accounts in one query each, not one per account
        for (UserAccount u : em.createQuery("select u from UserAccount u order by u.id", UserAccount.class)
                .setHint("eclipselink.batch", "u.facilities").setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch", "u.partnerAgency").setHint("eclipselink.batch.type", "IN")
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList()) {
            u.getFacilities().forEach(f -> staffOf.computeIfAbsent(f.getId(), k -> new ArrayList<>()).add(u.getId()));
            if (u.getRoles().contains(Role.MANAGER)) {
                u.getFacilities().forEach(f -> managerOf.merge(f.getId(), u.getUsername(),
                        (a, b) -> "manager".equals(b) ? b : a));
            }
            if (u.getPartnerAgency() != null) {
                partnerOf.put(u.getPartnerAgency().getId(), u.getId());
            }
        }
        Long demoManager = em.createQuery("select u.id from UserAccount u where u.username = 'manager'", Long.class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultStream().findFirst().orElse(null);
        Long demoOfficer = em.createQuery("select u.id from UserAccount u where u.username = 'officer'", Long.class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultStream().findFirst().orElse(null);
        List<Long> hospitals = context.hospitals().stream().map(Facility::getId).toList();

        References refs = new References(em);
        LocalDate today = context.today();
        List<Incident> allIncidents = new ArrayList<>();
        List<Review> allReviews = new ArrayList<>();
        List<CorrectiveAction> allActions = new ArrayList<>();
        int pending = 0;
        int incidents = 0;
        int reviews = 0;
        int actions = 0;
        for (int h = 0; h < hospitals.size(); h++) {
            Long hospital = hospitals.get(h);
            List<Long> agencies = agenciesOf.getOrDefault(hospital, List.of());
            if (agencies.isEmpty()) {
                continue;
            }
            int count = INCIDENTS_PER_HOSPITAL_YEAR * YEARS;
            // about 15 a year per hospital get a full debrief (120 a year for 8 hospitals)
            for (int i = 0; i < count; i++) {
                LocalDateTime occurred = today.minusDays(context.between(0, 365 * YEARS - 1)).atTime(
                        context.pick(List.of(1, 2, 3, 9, 14, 17, 19, 20, 21, 22, 23)), context.between(0, 59));
                Long agencyId = pickAgency(context, agencies, agencyTypes);
                Incident incident = incident(context, refs, hospital, agencyId, agencyTypes.get(agencyId), occurred);
                String manager = managerOf.getOrDefault(hospital, "system");
                long ageDays = java.time.temporal.ChronoUnit.DAYS.between(occurred.toLocalDate(), today);
                boolean debrief = context.chance(15.0 / INCIDENTS_PER_HOSPITAL_YEAR) || h == 0 && ageDays < 40
                        && context.chance(0.2);
                if (ageDays > 10 || context.chance(0.5)) {
                    incident.complete(incident, manager);
                }
                allIncidents.add(incident);
                incidents++;
                if (debrief) {
                    Review review = review(context, incident, ageDays, partnerOf);
                    allReviews.add(review);
                    reviews++;
                    List<CorrectiveAction> planned = plan(context, refs, review, staffOf.getOrDefault(hospital,
                            List.of()), h == 0 && context.chance(0.3) ? java.util.Arrays.asList(demoManager,
                            demoOfficer) : List.of(), today);
                    allActions.addAll(planned);
                    actions += planned.size();
                } else if (ageDays > 7 || context.chance(0.6)) {
                    incident.waiveReview(context.pick(List.of("Routine assistance, handled as planned",
                            "Police took a report only; nothing to learn", "Custody escort without incident",
                            "Welfare check; no hospital response needed")), manager, false);
                } else {
                    pending++;
                }
            }
        }
        long built = System.nanoTime();
        // the records were built through their own rules above; thousands of them go to the database as JDBC
        // batches on the transaction's connection (an entity manager would track each one for nothing)
        new FeedbackRows(em).write(allIncidents, allReviews, allActions);
        long writeMillis = (System.nanoTime() - built) / 1_000_000;
        int p = pending;
        int i = incidents;
        int r = reviews;
        int a = actions;
        LOG.info(() -> "event=demo.feedback incidents=" + i + " reviews=" + r + " actions=" + a + " awaitingDecision="
                + p + " writeMillis=" + writeMillis + " millis=" + (System.nanoTime() - started) / 1_000_000);
    }

    private static Long pickAgency(DemoContext context, List<Long> agencies, Map<Long, AgencyType> types) {
        double dice = context.random().nextDouble();
        AgencyType wanted = dice < 0.68 ? AgencyType.MUNICIPAL_POLICE : dice < 0.82 ? AgencyType.SHERIFF
                : dice < 0.90 ? AgencyType.CAMPUS_TRANSIT : dice < 0.95 ? AgencyType.STATE_POLICE : AgencyType.CORRECTIONS;
        List<Long> ofType = agencies.stream().filter(id -> types.get(id) == wanted).toList();
        List<Long> police = agencies.stream().filter(id -> types.get(id) != AgencyType.DISPATCH).toList();
        return ofType.isEmpty() ? context.pick(police.isEmpty() ? agencies : police) : context.pick(ofType);
    }

    /** Response times per kind of agency: a median and a long tail (log-normal, p90 about twice the median). */
    private static double medianMinutes(AgencyType type, long agencyId) {
        double base = switch (type) {
            case MUNICIPAL_POLICE -> 7;
            case CAMPUS_TRANSIT -> 6;
            case SHERIFF -> 14;
            case CORRECTIONS -> 18;
            case STATE_POLICE -> 22;
            default -> 12;
        };
        return base + agencyId % 5; // agencies of a kind differ a little
    }

    private static Incident incident(DemoContext context, References refs, Long hospital, Long agencyId,
            AgencyType type, LocalDateTime occurred) {
        int kind = context.between(0, SUMMARIES.length - 1);
        IncidentCategory category = switch (kind) {
            case 0, 7 -> IncidentCategory.ASSAULT_ON_STAFF;
            case 1 -> IncidentCategory.WEAPON;
            case 2 -> IncidentCategory.FORENSIC_PATIENT;
            case 3 -> IncidentCategory.ELOPEMENT;
            case 4 -> IncidentCategory.THREAT;
            case 5, 8 -> IncidentCategory.DISTURBANCE;
            default -> IncidentCategory.THEFT;
        };
        Incident incident = new Incident(refs.facility(hospital), refs.agency(agencyId), context.pick(List.of(LOCATIONS)),
                occurred, category, SUMMARIES[kind]);
        incident.setViolenceType(switch (category) {
            case ASSAULT_ON_STAFF -> 2;
            case DISTURBANCE, THREAT -> context.pick(List.of(1, 2, 3, 4));
            case WEAPON -> 1;
            default -> null;
        });
        LocalDateTime requested = occurred.plusMinutes(context.between(0, 6));
        double sigma = 0.6;
        double minutes = medianMinutes(type, agencyId) * Math.exp(sigma * context.random().nextGaussian());
        LocalDateTime arrived = context.chance(0.97) ? requested.plusSeconds(Math.max(60, (long) (minutes * 60))) : null;
        LocalDateTime cleared = arrived == null ? null : arrived.plusMinutes(context.between(12, 190));
        incident.recordPoliceTimes(requested, arrived, cleared);
        incident.setCaseNumber(occurred.getYear() + "-" + String.format("%06d", context.between(1, 999_999)));
        incident.setRespondingOfficers("Ofc. " + context.pick(List.of("Lopez #4417", "Carter #2231", "Nguyen #3090",
                "Okafor #1876", "Reyes #5120", "Murphy #2764")));
        incident.setOutcome(context.pick(List.of("Arrest made", "Report taken", "Subject removed from premises",
                "Patient returned to the unit", "Referred to detectives")));
        incident.setInjuries(category == IncidentCategory.ASSAULT_ON_STAFF ? "Minor injury to staff" : "None");
        incident.recordedBy("officer");
        return incident;
    }

    private static Review review(DemoContext context, Incident incident, long ageDays, Map<Long, Long> partnerOf) {
        LocalDate occurred = incident.getOccurredAt().toLocalDate();
        Review review = Review.ofIncident(incident, incident.getOccurredAt().plusHours(context.between(6, 72)));
        review.setOverview(incident.getSummary() + ". " + incident.getOutcome() + ".");
        review.setStaffParticipants("Security shift supervisor, charge nurse, responding officers");
        review.setAgencyParticipants("Responding patrol officers and their sergeant");
        if (ageDays < 2) {
            return review; // just opened
        }
        for (int s = context.between(1, 2); s > 0; s--) {
            review.addFinding(FindingKind.STRENGTH, context.pick(List.of(CoreCapability.OPERATIONAL_COORDINATION,
                    CoreCapability.ON_SCENE_SECURITY_PROTECTION_AND_LAW_ENFORCEMENT, CoreCapability.SITUATIONAL_ASSESSMENT)),
                    Rating.P, context.pick(List.of(STRENGTHS)));
        }
        for (int a = context.between(1, 3); a > 0; a--) {
            // a few capabilities come up again and again: the repeat findings a director should see
            int which = context.chance(0.3) ? context.between(0, 2) : context.between(0, AREAS.length - 1);
            review.addFinding(FindingKind.AREA_FOR_IMPROVEMENT, AREA_CAPABILITIES[which],
                    context.pick(List.of(Rating.S, Rating.S, Rating.M, Rating.U)), AREAS[which]);
        }
        if (context.chance(0.4)) {
            review.addFinding(FindingKind.OBSERVATION, null, null, "Bystanders filmed the response on their phones");
        }
        int approvalDays = context.between(6, 20) + (context.chance(0.25) ? context.between(10, 40) : 0);
        if (ageDays < 10 || ageDays < approvalDays && context.chance(0.5)) {
            return review; // still a draft
        }
        review.requestAgencyInput();
        Long partner = partnerOf.get(incident.getAgency().getId());
        if (partner != null && context.chance(0.6)) {
            review.addComment(incident.getAgency(), "partner", "Pat Partner", context.pick(List.of(
                    "Our dispatcher did not have the ED's direct line; we called the main switchboard.",
                    "Units staged at the north entrance as agreed; the door was locked.",
                    "We would like a walk-through of the behavioral health unit with our patrol shift.")),
                    occurred.plusDays(Math.min(ageDays, 8)).atTime(15, 0));
        }
        if (ageDays < approvalDays) {
            return review; // awaiting the agency's input
        }
        review.approve("director", occurred.plusDays(approvalDays));
        return review;
    }

    /** The improvement plan of an approved review. */
    private static List<CorrectiveAction> plan(DemoContext context, References refs, Review review, List<Long> staff, List<Long> demoOwners,
            LocalDate today) {
        if (review.getApprovedOn() == null) {
            return List.of();
        }
        List<Finding> areas = review.getFindings().stream().filter(f -> f.getKind() == FindingKind.AREA_FOR_IMPROVEMENT)
                .toList();
        int count = context.between(3, 7);
        LocalDate start = review.getApprovedOn();
        List<CorrectiveAction> planned = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Finding fixes = areas.get(n % areas.size());
            int which = java.util.Arrays.asList(AREA_CAPABILITIES).indexOf(fixes.getCapability());
            CorrectiveAction action = new CorrectiveAction(fixes.getText(), ACTIONS[Math.max(0, which)],
                    context.pick(List.of(PoeteElement.values())), context.pick(List.of("Security department",
                    "Facilities engineering", "Emergency management", "Nursing education", "Clinical engineering")),
                    start, start.plusDays(context.between(30, 120)));
            Long owner = !demoOwners.isEmpty() && n < demoOwners.size() && demoOwners.get(n) != null
                    ? demoOwners.get(n) : staff.isEmpty() ? null : context.pick(staff);
            action.assign(action.getResponsibleOrganisation(), null, "Duty supervisor",
                    owner == null ? null : refs.user(owner));
            action.planIn(review, fixes);
            planned.add(action);
        }
        review.startTracking();
        boolean closing = java.time.temporal.ChronoUnit.DAYS.between(review.getOccurredOn(), today) > 200
                && context.chance(0.85);
        for (CorrectiveAction action : planned) {
            progress(context, action, today, closing);
        }
        if (closing) {
            LocalDate last = planned.stream().map(a -> a.getVerifiedOn() == null ? a.getStartOn() : a.getVerifiedOn())
                    .max(LocalDate::compareTo).orElse(start);
            review.close(last.isAfter(today) ? today : last);
        }
        return planned;
    }

    private static void progress(DemoContext context, CorrectiveAction action, LocalDate today, boolean settle) {
        LocalDate due = action.getDueOn();
        if (context.chance(0.15)) {
            action.moveDue(due.plusDays(context.between(14, 60)), context.pick(List.of(
                    "Vendor delivery slipped", "Budget approval moved to next quarter", "Waiting for the agency's schedule")));
        }
        action.accept();
        if (settle && context.chance(0.06)) {
            action.defer("Folded into next year's capital plan");
            return;
        }
        // how far along it is: finished ones mostly by the original due date, some late; recent ones still open
        LocalDate finish = due.minusDays(context.between(-25, 40));
        if (finish.isBefore(action.getStartOn())) {
            finish = action.getStartOn().plusDays(context.between(3, 20));
        }
        if (!settle && (finish.isAfter(today) || context.chance(0.35))) {
            if (context.chance(0.6)) {
                action.start();
            }
            return; // open: overdue when its due date has passed
        }
        action.complete(finish.isAfter(today) ? today : finish);
        LocalDate verified = action.getCompletedOn().plusDays(context.between(1, 14));
        if (settle || !verified.isAfter(today) && context.chance(0.7)) {
            action.verify("manager", verified.isAfter(today) ? today : verified);
        }
    }

    /** The few shared records, each read once. */
    private static final class References {
        private final EntityManager em;
        private final Map<Long, Facility> facilities = new HashMap<>();
        private final Map<Long, Agency> agencies = new HashMap<>();
        private final Map<Long, UserAccount> users = new HashMap<>();

        References(EntityManager em) {
            this.em = em;
        }

        Facility facility(Long id) {
            return facilities.computeIfAbsent(id, k -> em.find(Facility.class, k));
        }

        Agency agency(Long id) {
            return agencies.computeIfAbsent(id, k -> em.find(Agency.class, k));
        }

        UserAccount user(Long id) {
            return users.computeIfAbsent(id, k -> em.find(UserAccount.class, k));
        }

    }
}
