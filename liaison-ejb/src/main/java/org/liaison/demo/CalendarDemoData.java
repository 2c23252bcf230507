package org.liaison.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.engagement.Engagement;
import org.liaison.domain.engagement.EngagementKind;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.meeting.ActionItem;
import org.liaison.domain.meeting.CommunityEvent;
import org.liaison.domain.meeting.CommunityEventKind;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.meeting.MeetingAttendee;
import org.liaison.domain.meeting.MeetingSeries;
import org.liaison.domain.meeting.Recurrence;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.relationship.RelationshipRole;
import org.liaison.domain.shared.Tlp;

/**
 * Three years of meetings and community events: per hospital a monthly series with its primary police department
 * (second Tuesday) and two quarterly ones with other agencies (about 160 meetings a year across the system), each held
 * one with minutes and about four action items (some overdue, some with a moved due date), recent ones awaiting
 * approval, a few cancelled, a year of planned ones ahead; about 48 community events a year. The quarterly series
 * leave the home hospital's secondary relationships alone, so the board still has lapsed ones to work on.
 */
@Dependent
public class CalendarDemoData implements DemoDataPart {

    private static final Logger LOG = Logger.getLogger(CalendarDemoData.class.getName());
    private static final int YEARS_BACK = 3;
    /** Like the relationships part's engagement log, the engagements meetings and events record cover the last year. */
    private static final int ENGAGEMENT_DAYS = 365;
    private static final String[] DECISIONS = {
        "<p>Agreed a joint walk-through of the emergency department before the summer.</p>",
        "<p>Police will use the ambulance bay entrance only for custody transports; the lobby stays clear.</p>",
        "<ul><li>Forensic patient escort checklist adopted.</li><li>Radio channel TAC-2 for joint responses.</li></ul>",
        "<p>Next tabletop exercise: active threat in the parking structure, date to be proposed by the department.</p>",
        "<p>Hospital shares monthly workplace-violence figures (no patient details) with the liaison officer.</p>"};
    private static final String[] DISCUSSION = {
        "<p>Reviewed last month's police-involved incidents in the ED and response times at night.</p>",
        "<p>Discussed parking and traffic plans for the stadium events near the campus.</p>",
        "<p>Talked through the new behavioral health unit and how officers enter it.</p>",
        "<p>Shared de-escalation training dates; officers welcome at the hospital's sessions.</p>"};
    private static final String[] ACTIONS = {"Send the updated ED floor plan to the department",
        "Confirm the radio channel for joint responses", "Schedule the joint walk-through of the ED",
        "Share the workplace-violence figures for the quarter", "Review the custody transport checklist",
        "Propose dates for the next tabletop exercise", "Update the after-hours contact list",
        "Check camera coverage at the ambulance bay", "Arrange a visit of the new behavioral health unit",
        "Circulate the draft MOU clause on patient interviews"};
    private static final String[] EVENT_PLACES = {"Main lobby", "Visitor parking lot B", "Community health center",
        "Riverside park pavilion", "Hospital cafeteria", "Elementary school gym"};

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed(DemoContext context) {
        long started = System.nanoTime();
        EntityManager em = context.em();
        LocalDate today = context.today();
        Map<Long, List<UserAccount>> staffByFacility = em.createQuery("select distinct u from UserAccount u"
                        + " join u.roles r where r in :roles", UserAccount.class)
                .setParameter("roles", List.of(Role.MANAGER, Role.OFFICER)).getResultList().stream()
                .flatMap(u -> u.getFacilities().stream().map(f -> Map.entry(f.getId(), u)))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<Relationship>> relationshipsByFacility = em.createQuery("select r from Relationship r"
                + " order by r.id", Relationship.class).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.getFacility().getId()));
        Map<Long, List<Contact>> contactsByAgency = context.contacts().stream()
                .collect(Collectors.groupingBy(c -> c.getAgency().getId()));
        Counts counts = new Counts();
        for (Facility hospital : context.hospitals()) {
            List<UserAccount> staff = staffByFacility.getOrDefault(hospital.getId(), List.of()).stream()
                    .sorted(Comparator.comparing(UserAccount::getUsername)).toList();
            List<Relationship> relationships = relationshipsByFacility.getOrDefault(hospital.getId(), List.of());
            Optional<Agency> primary = agency(relationships, r -> r.getRole() == RelationshipRole.PRIMARY);
            Optional<Agency> corrections = agency(relationships, r -> r.getAgency().getType() == AgencyType.CORRECTIONS);
            Optional<Agency> campus = agency(relationships, r -> r.getAgency().getType() == AgencyType.CAMPUS_TRANSIT);
            Optional<Agency> federal = agency(relationships, r -> r.getAgency().getType() == AgencyType.FEDERAL);
            if (primary.isEmpty()) {
                continue;
            }
            series(context, hospital, "Monthly liaison meeting: " + primary.get().getName(), "FREQ=MONTHLY;BYDAY=2TU",
                    LocalTime.of(10, 0), 60, List.of(primary.get()), staff, contactsByAgency, counts);
            List<Agency> custody = new ArrayList<>();
            corrections.ifPresent(custody::add);
            campus.ifPresent(custody::add);
            if (!custody.isEmpty()) {
                series(context, hospital, "Quarterly custody and transport review", "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH",
                        LocalTime.of(14, 0), 90, custody, staff, contactsByAgency, counts);
            }
            Agency partners = federal.orElseGet(() -> agency(relationships,
                    r -> r.getAgency().getType() == AgencyType.STATE_POLICE).orElse(primary.get()));
            series(context, hospital, "Quarterly partners' briefing: " + partners.getName(),
                    "FREQ=MONTHLY;INTERVAL=3;BYDAY=4WE", LocalTime.of(9, 30), 60, List.of(partners), staff,
                    contactsByAgency, counts);
        }
        long meetingsDone = System.nanoTime();
        em.flush();
        long flushed = System.nanoTime();
        communityEvents(context, relationshipsByFacility, staffByFacility, counts);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "event=demo.calendar meetings=" + counts.meetings + " actionItems=" + counts.items
                + " communityEvents=" + counts.events + " engagements=" + counts.engagements + " millis=" + millis
                + " meetingsMillis=" + (meetingsDone - started) / 1_000_000 + " flushMillis="
                + (flushed - meetingsDone) / 1_000_000);
    }

    private static Optional<Agency> agency(List<Relationship> relationships,
            java.util.function.Predicate<Relationship> which) {
        return relationships.stream().filter(which).map(Relationship::getAgency).findFirst();
    }

    private void series(DemoContext context, Facility hospital, String title, String rule, LocalTime time, int minutes,
            List<Agency> agencies, List<UserAccount> staff, Map<Long, List<Contact>> contactsByAgency, Counts counts) {
        EntityManager em = context.em();
        LocalDate today = context.today();
        Recurrence recurrence = Recurrence.of(rule);
        LocalDateTime from = today.minusYears(YEARS_BACK).withDayOfMonth(1).atTime(time);
        LocalDateTime horizon = today.plusMonths(12).atStartOfDay();
        List<LocalDateTime> starts = recurrence.starts(from, from, horizon);
        if (starts.isEmpty()) {
            return;
        }
        MeetingSeries series = new MeetingSeries(hospital, title, "Security conference room, " + hospital.getName(),
                starts.get(0), minutes, recurrence);
        series.describe(title, "Security conference room, " + hospital.getName(),
                "1. Incidents since the last meeting\n2. Open action items\n3. Upcoming events and exercises\n4. Other business",
                Tlp.AMBER);
        series.assignAgencies(agencies);
        em.persist(series);
        UserAccount chair = staff.stream().filter(u -> u.getUsername().equals("manager")).findFirst()
                .orElse(staff.stream().filter(u -> u.getRoles().contains(Role.MANAGER)).findFirst().orElse(null));
        List<UserAccount> officers = staff.stream().filter(u -> u.getRoles().contains(Role.OFFICER)).toList();
        UserAccount demoOfficer = officers.stream().filter(u -> u.getUsername().equals("officer")).findFirst()
                .orElse(null);
        for (LocalDateTime start : starts) {
            Meeting meeting = Meeting.occurrenceOf(series, start);
            if (chair != null) {
                meeting.invite(chair);
            }
            UserAccount officer = demoOfficer != null && context.chance(0.5) ? demoOfficer
                    : officers.isEmpty() ? null : context.pick(officers);
            if (officer != null) {
                meeting.invite(officer);
            }
            List<Contact> people = new ArrayList<>();
            for (Agency agency : agencies) {
                List<Contact> contacts = contactsByAgency.getOrDefault(agency.getId(), List.of());
                if (!contacts.isEmpty()) {
                    people.add(contacts.get(0));
                    meeting.invite(contacts.get(0));
                }
            }
            counts.meetings++;
            if (!start.toLocalDate().isBefore(today)) {
                em.persist(meeting);
                continue;
            }
            if (context.chance(0.04)) {
                meeting.cancel(context.pick(List.of("Chief called away to a major incident",
                        "Severe weather: campus on emergency operations", "Department short-staffed for a holiday weekend")));
                em.persist(meeting);
                continue;
            }
            hold(context, meeting, start, people, staff, officer, chair, demoOfficer, counts);
        }
    }

    private void hold(DemoContext context, Meeting meeting, LocalDateTime start, List<Contact> people,
            List<UserAccount> staff, UserAccount officer, UserAccount chair, UserAccount demoOfficer, Counts counts) {
        EntityManager em = context.em();
        LocalDate today = context.today();
        List<MeetingAttendee> present = meeting.getAttendees().stream().filter(a -> a.getUser() != null
                || context.chance(0.9)).toList();
        meeting.markHeld(present, start.plusMinutes(50));
        long daysAgo = java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), today);
        boolean minutesWritten = daysAgo > 3 || context.chance(0.5);
        if (minutesWritten) {
            meeting.writeMinutes(daysAgo % 9 == 0 ? Tlp.AMBER_STRICT : Tlp.AMBER, context.pick(List.of(DECISIONS)),
                    context.pick(List.of(DISCUSSION)));
        }
        if (minutesWritten && daysAgo > 14) {
            meeting.approveMinutes(chair == null ? "system" : chair.getUsername(), start.plusDays(context.between(2, 9)));
            if (daysAgo > 45) {
                meeting.close(start.plusDays(context.between(10, 30)));
            }
        }
        em.persist(meeting);
        if (daysAgo > ENGAGEMENT_DAYS) {
            actionItems(context, meeting, start, people, staff, chair, demoOfficer, officer, counts);
            return;
        }
        for (Agency agency : meeting.agenciesPresent()) {
            Engagement engagement = new Engagement(meeting.getFacility(), agency, EngagementKind.MEETING,
                    start.toLocalDate(), "Meeting: " + meeting.getTitle());
            present.stream().filter(a -> a.getContact() != null && a.getContact().getAgency().equals(agency))
                    .forEach(a -> engagement.addParticipant(a.getContact()));
            if (chair != null) {
                engagement.getStaff().add(chair);
            }
            engagement.recorded(chair == null ? "system" : chair.getUsername(), start.plusHours(2));
            em.persist(engagement);
            counts.engagements++;
        }
        actionItems(context, meeting, start, people, staff, chair, demoOfficer, officer, counts);
    }

    /** The meeting's action items: about four, most done and verified when long past due, a few still open. */
    private void actionItems(DemoContext context, Meeting meeting, LocalDateTime start, List<Contact> people,
            List<UserAccount> staff, UserAccount chair, UserAccount demoOfficer, UserAccount officer, Counts counts) {
        EntityManager em = context.em();
        LocalDate today = context.today();
        int items = context.between(3, 5);
        for (int i = 0; i < items; i++) {
            LocalDate due = start.toLocalDate().plusDays(context.between(14, 45));
            ActionItem item = new ActionItem(meeting.getFacility(), meeting, context.pick(List.of(ACTIONS)), due);
            boolean toAgency = !people.isEmpty() && context.chance(0.35);
            UserAccount owner = i == 0 && demoOfficer != null && officer == demoOfficer ? demoOfficer
                    : context.chance(0.5) || staff.isEmpty() ? chair : context.pick(staff);
            if (toAgency || owner == null) {
                item.assignTo(null, context.pick(people));
            } else {
                item.assignTo(owner, null);
            }
            if (context.chance(0.1)) {
                item.moveDue(due.plusDays(context.between(7, 21)), chair == null ? "system" : chair.getUsername(),
                        context.pick(List.of("Waiting for the department's input", "Staff on leave",
                                "Needs the new floor plan first")), start.plusDays(10));
            }
            LocalDate dueNow = item.getDueOn();
            if (dueNow.isBefore(today.minusDays(30))) {
                if (!context.chance(0.04)) { // a few old ones are still open: overdue
                    item.start();
                    item.complete(dueNow.minusDays(context.between(0, 5)).atTime(16, 0));
                    if (context.chance(0.85)) {
                        item.verify(chair == null ? "system" : chair.getUsername(), dueNow.plusDays(3).atTime(9, 0));
                    }
                }
            } else if (context.chance(0.5)) {
                item.start();
            }
            em.persist(item);
            counts.items++;
        }
    }

    private void communityEvents(DemoContext context, Map<Long, List<Relationship>> relationshipsByFacility,
            Map<Long, List<UserAccount>> staffByFacility, Counts counts) {
        EntityManager em = context.em();
        LocalDate today = context.today();
        int perYear = 48 * context.scale();
        LocalDate day = today.minusYears(YEARS_BACK);
        LocalDate until = today.plusDays(60);
        double step = 365.0 / perYear;
        double offset = 0;
        while (day.isBefore(until)) {
            Facility hospital = context.pick(context.hospitals());
            List<Relationship> relationships = relationshipsByFacility.getOrDefault(hospital.getId(), List.of());
            Optional<Agency> primary = agency(relationships, r -> r.getRole() == RelationshipRole.PRIMARY);
            if (primary.isPresent()) {
                CommunityEventKind kind = day.getMonthValue() == 8 && day.getDayOfMonth() <= 7
                        ? CommunityEventKind.NATIONAL_NIGHT_OUT
                        : context.pick(List.of(CommunityEventKind.COFFEE_WITH_A_COP, CommunityEventKind.COFFEE_WITH_A_COP,
                                CommunityEventKind.SAFETY_FAIR, CommunityEventKind.YOUTH_PROGRAM, CommunityEventKind.OTHER));
                LocalDate on = day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
                LocalDateTime start = on.atTime(kind == CommunityEventKind.NATIONAL_NIGHT_OUT ? 18 : context.between(9, 15), 0);
                CommunityEvent event = new CommunityEvent(hospital, kind, title(kind, hospital), start,
                        start.plusHours(kind == CommunityEventKind.COFFEE_WITH_A_COP ? 2 : 3),
                        context.pick(List.of(EVENT_PLACES)));
                List<Agency> agencies = new ArrayList<>(List.of(primary.get()));
                agency(relationships, r -> r.getAgency().getType() == AgencyType.CAMPUS_TRANSIT)
                        .filter(a -> context.chance(0.3)).ifPresent(agencies::add);
                event.assignAgencies(agencies);
                List<UserAccount> staff = staffByFacility.getOrDefault(hospital.getId(), List.of());
                List<UserAccount> team = new ArrayList<>();
                for (int i = 0, n = context.between(1, 3); i < n && !staff.isEmpty(); i++) {
                    UserAccount member = context.pick(staff);
                    if (!team.contains(member)) {
                        team.add(member);
                    }
                }
                event.assignStaff(team);
                if (start.toLocalDate().isBefore(today)) {
                    event.record(BigDecimal.valueOf(team.size() * (long) context.between(2, 4)),
                            context.between(15, kind == CommunityEventKind.NATIONAL_NIGHT_OUT ? 600 : 150),
                            "Good turnout; officers handed out safety leaflets.", start.plusHours(4));
                    for (Agency agency : start.toLocalDate().isBefore(today.minusDays(ENGAGEMENT_DAYS)) ? List.<Agency>of()
                            : agencies) {
                        Engagement engagement = new Engagement(hospital, agency, EngagementKind.COMMUNITY_EVENT,
                                start.toLocalDate(), "Community event: " + event.getTitle());
                        team.forEach(engagement.getStaff()::add);
                        engagement.recorded(team.isEmpty() ? "system" : team.get(0).getUsername(), start.plusHours(5));
                        em.persist(engagement);
                        counts.engagements++;
                    }
                }
                em.persist(event);
                counts.events++;
            }
            offset += step;
            day = today.minusYears(YEARS_BACK).plusDays((long) offset);
        }
    }

    private static String title(CommunityEventKind kind, Facility hospital) {
        return switch (kind) {
            case NATIONAL_NIGHT_OUT -> "National Night Out at " + hospital.getName();
            case COFFEE_WITH_A_COP -> "Coffee with a cop, " + hospital.getCode();
            case SAFETY_FAIR -> "Community safety fair, " + hospital.getCity();
            case YOUTH_PROGRAM -> "Youth safety program with police, " + hospital.getCity();
            case OTHER -> "Neighborhood safety walk, " + hospital.getCity();
        };
    }

    private static final class Counts {
        int meetings;
        int items;
        int events;
        int engagements;
    }
}
