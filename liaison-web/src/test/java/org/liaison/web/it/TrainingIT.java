package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.web.it.ApiFixture.HOME_HOSPITAL;
import static org.liaison.web.it.ApiFixture.OTHER_HOSPITAL;
import static org.liaison.web.it.ApiFixture.PARTNER_AGENCY;
import static org.liaison.web.it.ApiFixture.assertForbidden;
import static org.liaison.web.it.ApiFixture.assertInvalid;
import static org.liaison.web.it.ApiFixture.assertNotFound;
import static org.liaison.web.it.ApiFixture.assertProblem;
import static org.liaison.web.it.ApiFixture.id;
import static org.liaison.web.it.ApiFixture.newAgency;
import static org.liaison.web.it.ApiFixture.ok;
import static org.liaison.web.it.ApiFixture.unique;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.CompliancePage;
import org.liaison.web.it.pages.ExerciseEditPage;
import org.liaison.web.it.pages.ExerciseViewPage;
import org.liaison.web.it.pages.HomePage;
import org.liaison.web.it.pages.LoginPage;
import org.liaison.web.it.pages.RosterPage;

/**
 * Training scheduling over the API and in the browser, against the real WAR and the demo data: exercises and their
 * lifecycle, every kind of conflict and the manager's override, free slots, registrations on both sides with capacity
 * and waitlist, attendance, the compliance tracker, and the manager's and partner's story in a real browser. Each
 * test creates its own exercises at its own rooms; exercises it conducts do not count toward CMS, so the tracker's
 * demo shape (home hospital not compliant) stays for the browser story, which is the one that changes it.
 */
@RunAsClient
class TrainingIT extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now();

    Client manager;
    Client director;
    Client partner;
    long home;

    @BeforeEach
    void signIn() {
        manager = demo.as("manager");
        director = demo.as("director");
        partner = demo.as("partner");
        home = demo.facilityId(HOME_HOSPITAL);
    }

    // ------------------------------------------------------------------ roles, scope, validation, versions

    @Test
    void everyRoleReadsExercisesAndOnlyManagersDirectorsAndAdministratorsPlanThem() {
        for (String role : ApiFixture.PEOPLE) {
            assertEquals(200, demo.as(role).get("/api/exercises").status(), role);
        }
        // the portal's server reads who-to-call and summaries, not the exercise list
        assertForbidden(demo.as("portal").get("/api/exercises"));
        JsonObject invalid = Json.createObjectBuilder().add("type", "PICNIC").build();
        for (String role : List.of("officer", "partner", "auditor")) {
            assertForbidden(demo.as(role).post("/api/exercises", invalid));
            assertForbidden(demo.as(role).get("/api/exercises/conflicts?facilityId=" + home));
            assertForbidden(demo.as(role).get("/api/exercises/free-slots?facilityId=" + home));
        }
        assertInvalid(manager.post("/api/exercises", invalid), "type", "scenario", "facilityId", "location",
                "startsAt", "endsAt");
        assertForbidden(partner.get("/api/compliance/exercises"));
        assertForbidden(demo.as("officer").put("/api/exercises/1/attendance", Json.createObjectBuilder().build()));
        assertForbidden(partner.post("/api/compliance/activations", Json.createObjectBuilder().build()));
    }

    @Test
    void anExerciseEndingBeforeItStartsOrWithoutATitleIsRefusedOnThoseFields() {
        JsonObjectBuilder body = exercise("Room " + unique(), TODAY.plusDays(30).atTime(9, 0), 120);
        assertInvalid(manager.post("/api/exercises", body.add("endsAt", TODAY.plusDays(30).atTime(8, 0).toString())
                .build()), "endsAt");
        assertInvalid(manager.post("/api/exercises", exercise("Room " + unique(), TODAY.plusDays(30).atTime(9, 0), 120)
                .add("title", " ").build()), "title");
        assertInvalid(manager.post("/api/exercises", exercise("Room " + unique(), TODAY.plusDays(30).atTime(9, 0), 120)
                .add("staffCapacity", -1).build()), "staffCapacity");
    }

    @Test
    void anotherHospitalsExerciseIsNotFoundAndItsFacilityCannotBeNamed() {
        long other = demo.facilityId(OTHER_HOSPITAL);
        JsonObject theirs = ok(director.get("/api/exercises?limit=1&facilityId=" + other)).getJsonArray("items")
                .getJsonObject(0);
        assertNotFound(manager.get("/api/exercises/" + id(theirs)));
        assertNotFound(manager.get("/api/exercises/" + id(theirs) + "/registrations"));
        assertNotFound(partner.get("/api/exercises/" + id(theirs)));
        assertInvalid(manager.post("/api/exercises", exercise("Room " + unique(), TODAY.plusDays(30).atTime(9, 0), 60)
                .add("facilityId", other).build()), "facilityId");
        assertTrue(ok(manager.get("/api/exercises?limit=200")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().allMatch(x -> x.getJsonNumber("facilityId").longValue() == home));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() {
        JsonObject created = create(exercise("Room " + unique(), TODAY.plusDays(31).atTime(9, 0), 60));
        JsonObject renamed = ok(manager.put("/api/exercises/" + id(created), exercise(created.getString("location"),
                TODAY.plusDays(31).atTime(9, 0), 60).add("title", "Renamed").add("version", created.getInt("version"))
                .build()));
        assertEquals("Renamed", renamed.getString("title"));
        Reply stale = manager.put("/api/exercises/" + id(created), exercise(created.getString("location"),
                TODAY.plusDays(31).atTime(9, 0), 60).add("title", "Lost").add("version", created.getInt("version"))
                .build());
        assertProblem(409, stale);
        assertEquals("Renamed", ok(manager.get("/api/exercises/" + id(created))).getString("title"));
    }

    // ------------------------------------------------------------------ lifecycle

    @Test
    void anExerciseMovesOnlyAlongItsLifecycleAndConductingRecordsAnEngagementPerAgency() {
        long agency = demo.agencyNamed(PARTNER_AGENCY);
        JsonObject proposed = create(exercise("Room " + unique(), TODAY.minusDays(1).atTime(9, 0), 120)
                .add("countsTowardCms", false).add("agencies", agencies(agency)));
        assertEquals("PROPOSED", proposed.getString("status"));
        assertEquals("DISCUSSION_BASED", proposed.getString("category"));
        assertProblem(409, move(proposed, "CONDUCT", null));
        assertInvalid(move(proposed, "CANCEL", " "), "reason");

        long engagementsBefore = engagements(agency);
        JsonObject planning = ok(move(proposed, "START_PLANNING", null));
        JsonObject scheduled = ok(move(planning, "SCHEDULE", null));
        JsonObject conducted = ok(move(scheduled, "CONDUCT", null));
        assertEquals("CONDUCTED", conducted.getString("status"));
        assertEquals(TODAY.toString(), conducted.getString("conductedOn"));
        assertEquals(TODAY.toString(), conducted.getString("afterActionOpenedOn"));
        assertEquals(engagementsBefore + 1, engagements(agency), "an EXERCISE engagement with the agency, today");
        assertProblem(409, move(conducted, "CANCEL", "too late"));
        JsonObject closed = ok(move(ok(move(conducted, "START_AFTER_ACTION", null)), "CLOSE", null));
        assertEquals("CLOSED", closed.getString("status"));
        assertProblem(409, move(closed, "CLOSE", null));
    }

    // ------------------------------------------------------------------ conflicts and the override

    @Test
    void theSameRoomAtAnOverlappingTimeIsAConflictNamingTheOtherExerciseUnlessAManagerOverridesIt() {
        String room = "Simulation Lab " + unique();
        LocalDateTime nine = TODAY.plusDays(40).atTime(9, 0);
        JsonObject first = create(exercise(room, nine, 180).add("title", "Hostage tabletop " + unique()));

        Reply clash = manager.post("/api/exercises", exercise(room.toLowerCase(), nine.plusHours(2), 60).build());
        assertProblem(409, clash);
        String message = clash.json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertEquals("LOCATION", clash.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(message.contains(first.getString("title")) && message.contains(room), message);

        JsonObject check = ok(manager.get("/api/exercises/conflicts?facilityId=" + home + "&location="
                + room.replace(" ", "%20") + "&startsAt=" + nine.plusHours(2) + "&endsAt=" + nine.plusHours(3)));
        assertEquals(1, check.getInt("total"));
        assertEquals(0, ok(manager.get("/api/exercises/conflicts?facilityId=" + home + "&location="
                + room.replace(" ", "%20") + "&startsAt=" + nine.plusHours(3) + "&endsAt=" + nine.plusHours(4)))
                .getInt("total"), "back to back is no conflict");

        JsonObject overridden = create(exercise(room, nine.plusHours(2), 60)
                .add("overrideReason", "The ED drill shares the lab on purpose"));
        assertEquals("The ED drill shares the lab on purpose", overridden.getString("overrideReason"));
        assertEquals("manager", overridden.getString("overriddenBy"));
        assertEquals(1, ok(demo.as("admin").get("/api/audit?recordType=Exercise&action=CONFLICT_OVERRIDDEN&recordId="
                + id(overridden))).getInt("total"), "the override is in the audit trail");
    }

    @Test
    void movingAnExerciseOntoAnotherThatItsRegisteredOfficerAttendsIsAConflictNamingTheOfficer() {
        JsonObject officer = demo.newOfficer();
        LocalDateTime morning = TODAY.plusDays(41).atTime(9, 0);
        JsonObject first = create(exercise("Room " + unique(), morning, 120));
        JsonObject second = create(exercise("Room " + unique(), morning.plusDays(1), 120));
        register(first, Json.createObjectBuilder().add("userId", id(officer)));
        register(second, Json.createObjectBuilder().add("userId", id(officer)));

        Reply moved = manager.put("/api/exercises/" + id(second), exercise(second.getString("location"),
                morning.plusMinutes(30), 120).add("version", second.getInt("version")).build());
        assertProblem(409, moved);
        JsonObject conflict = moved.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("PARTICIPANT", conflict.getString("field"));
        assertTrue(conflict.getString("message").contains(officer.getString("displayName"))
                && conflict.getString("message").contains(first.getString("title")), conflict.toString());

        JsonObject third = create(exercise("Room " + unique(), morning.plusMinutes(60), 60));
        Reply doubleBooked = manager.post("/api/exercises/" + id(third) + "/registrations",
                Json.createObjectBuilder().add("userId", id(officer)).build());
        assertProblem(409, doubleBooked);
        assertTrue(doubleBooked.json().getString("detail").contains(first.getString("title")), doubleBooked.toString());
    }

    @Test
    void schedulingChecksAgainAndAnOfficerExpectedAtAMeetingSinceIsAConflictNamingTheMeetingUnlessOverridden() {
        String password = "Correct-Horse-" + unique();
        JsonObject officer = demo.newOfficer(password);
        LocalDateTime morning = TODAY.plusDays(43).atTime(9, 0);
        JsonObject exercise = create(exercise("Room " + unique(), morning, 120)
                .add("agencies", agencies(demo.agencyNamed(PARTNER_AGENCY))));
        register(exercise, Json.createObjectBuilder().add("userId", id(officer)));
        // after the officer registered, a meeting is planned that expects them at the same time
        String meetingTitle = "Liaison meeting " + unique();
        Reply meeting = manager.post("/api/meetings", Json.createObjectBuilder().add("facilityId", home)
                .add("title", meetingTitle).add("location", "Board room").add("startsAt", morning.plusHours(1).toString())
                .add("endsAt", morning.plusHours(2).toString())
                .add("agencyIds", Json.createArrayBuilder().add(demo.agencyNamed(PARTNER_AGENCY)))
                .add("staffIds", Json.createArrayBuilder().add(id(officer))).build());
        assertEquals(201, meeting.status(), meeting.toString());

        JsonObject current = ok(manager.get("/api/exercises/" + id(exercise)));
        Reply refused = move(current, "SCHEDULE", null);
        assertProblem(409, refused);
        JsonObject conflict = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("PARTICIPANT", conflict.getString("field"));
        assertTrue(conflict.getString("message").contains(officer.getString("displayName"))
                && conflict.getString("message").contains("meeting “" + meetingTitle + "”"), conflict.toString());
        assertEquals("PROPOSED", ok(manager.get("/api/exercises/" + id(exercise))).getString("status"),
                "a refused schedule changes nothing");
        assertForbidden(partner.post("/api/exercises/" + id(exercise) + "/transitions", Json.createObjectBuilder()
                .add("move", "SCHEDULE").add("overrideReason", "x").add("version", current.getInt("version")).build()));

        JsonObject scheduled = ok(manager.post("/api/exercises/" + id(exercise) + "/transitions",
                Json.createObjectBuilder().add("move", "SCHEDULE").add("version", current.getInt("version"))
                        .add("overrideReason", "The officer leaves the meeting early").build()));
        assertEquals("SCHEDULED", scheduled.getString("status"));
        assertEquals("The officer leaves the meeting early", scheduled.getString("overrideReason"));
        assertEquals("manager", scheduled.getString("overriddenBy"));
        assertEquals(1, ok(demo.as("admin").get("/api/audit?recordType=Exercise&action=CONFLICT_OVERRIDDEN&recordId="
                + id(exercise))).getInt("total"), "the override at the schedule step is in the audit trail");
    }

    @Test
    void schedulingIsRefusedWhenAnAgencyDeclaredBlackoutDaysSinceTheExerciseWasProposed() {
        JsonObject agency = newAgency(manager, home);
        LocalDate day = TODAY.plusDays(52);
        JsonObject exercise = create(exercise("Room " + unique(), day.atTime(10, 0), 60)
                .add("agencies", agencies(id(agency))));
        assertEquals(201, manager.post("/api/exercises/blackouts", Json.createObjectBuilder()
                .add("agencyId", id(agency)).add("firstDay", day.toString()).add("lastDay", day.toString())
                .add("reason", "Marathon").build()).status());
        Reply refused = move(exercise, "SCHEDULE", null);
        assertProblem(409, refused);
        JsonObject conflict = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("BLACKOUT", conflict.getString("field"));
        assertTrue(conflict.getString("message").contains("Marathon"), conflict.toString());
    }

    @Test
    void exercisesAppearOnTheCalendarAndInThePersonalFeedOfThoseWhoMaySeeThem() throws Exception {
        String title = "Calendar exercise " + unique();
        LocalDateTime starts = TODAY.plusDays(44).atTime(13, 0);
        JsonObject withPolice = create(exercise("Room " + unique(), starts, 90).add("title", title)
                .add("agencies", agencies(demo.agencyNamed(PARTNER_AGENCY))));
        String alone = "Staff-only exercise " + unique();
        create(exercise("Room " + unique(), starts, 60).add("title", alone));
        String range = "/api/calendar?kind=EXERCISE&from=" + starts.toLocalDate().atStartOfDay() + "&to="
                + starts.toLocalDate().plusDays(1).atStartOfDay();

        List<JsonObject> managers = ok(manager.get(range)).getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject entry = managers.stream().filter(e -> e.getString("title").equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + title + " on the manager's calendar: " + managers));
        assertEquals("EXERCISE", entry.getString("kind"));
        assertEquals(id(withPolice), entry.getJsonNumber("id").longValue());
        assertEquals(starts.toString(), entry.getString("start").substring(0, 16));
        List<String> partners = ok(partner.get(range)).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("title")).toList();
        assertTrue(partners.contains(title), "the partner's agency takes part: " + partners);
        assertFalse(partners.contains(alone), "an exercise without the partner's agency stays off their calendar");
        List<String> others = ok(demo.as("partner2").get(range)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("title")).toList();
        assertFalse(others.contains(title), "a partner of another agency does not see it: " + others);

        String password = "Correct-Horse-" + unique();
        JsonObject officer = demo.newOfficer(password);
        Client officerClient = demo.http.as(officer.getString("username"), password);
        Reply made = officerClient.post("/api/calendar/my-feed", null);
        assertEquals(201, made.status(), made.toString());
        String url = made.json().getString("url");
        Reply feed = demo.http.anonymous().get(url.substring(url.indexOf("/api/")));
        assertEquals(200, feed.status(), feed.toString());
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(
                new java.io.ByteArrayInputStream(feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
        net.fortuna.ical4j.model.component.VEvent event = events.stream().filter(e -> e.getProperty("UID")
                .orElseThrow().getValue().equals("exercise-" + id(withPolice) + "@liaison")).findFirst()
                .orElseThrow(() -> new AssertionError("the exercise is not in the officer's feed"));
        assertEquals(title, event.getProperty("SUMMARY").orElseThrow().getValue());
        assertTrue(event.getProperty("DTSTART").orElseThrow().getValue().startsWith(
                starts.toLocalDate().toString().replace("-", "") + "T1300"), event.toString());
    }

    @Test
    void anAgencysBlackoutDaysAreAConflictAndFreeSlotsAvoidThemAndTheBusyRoom() {
        JsonObject agency = newAgency(manager, home);
        LocalDate festival = TODAY.plusDays(50);
        Reply declared = manager.post("/api/exercises/blackouts", Json.createObjectBuilder().add("agencyId", id(agency))
                .add("firstDay", festival.toString()).add("lastDay", festival.plusDays(1).toString())
                .add("reason", "City festival").build());
        assertEquals(201, declared.status(), declared.toString());
        assertInvalid(partner.post("/api/exercises/blackouts", Json.createObjectBuilder().add("agencyId", id(agency))
                .add("firstDay", festival.toString()).add("lastDay", festival.toString()).add("reason", "x").build()),
                "agencyId");

        Reply clash = manager.post("/api/exercises", exercise("Room " + unique(), festival.atTime(10, 0), 60)
                .add("agencies", agencies(id(agency))).build());
        assertProblem(409, clash);
        JsonObject conflict = clash.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("BLACKOUT", conflict.getString("field"));
        assertTrue(conflict.getString("message").contains(agency.getString("name"))
                && conflict.getString("message").contains("City festival"), conflict.toString());

        // the room is busy all day before the festival; the agency is away during it
        String room = "Room " + unique();
        create(exercise(room, festival.minusDays(1).atTime(8, 0), 600));
        List<JsonObject> slots = ok(manager.get("/api/exercises/free-slots?facilityId=" + home + "&location="
                + room.replace(" ", "%20") + "&durationMinutes=120&agencyIds=" + id(agency) + "&from="
                + festival.minusDays(1) + "&to=" + festival.plusDays(5))).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(festival.plusDays(2).atTime(8, 0).toString(), slots.get(0).getString("startsAt").substring(0, 16),
                slots.toString());
        assertEquals(festival.plusDays(2).atTime(10, 0).toString(), slots.get(0).getString("endsAt").substring(0, 16));
        assertInvalid(manager.get("/api/exercises/free-slots?facilityId=" + home + "&location=X&durationMinutes=5"),
                "durationMinutes");
    }

    @Test
    void conflictsAndFreeSlotsCostTheSameStatementsForTenExercisesAsForAThousand() throws Exception {
        LocalDate start = TODAY.plusYears(3);
        String few = "Few Room " + unique();
        String many = "Many Room " + unique();
        createMany(few, start, 10);
        createMany(many, start, 1000);
        String slotsFew = freeSlotsPath(few, start);
        String slotsMany = freeSlotsPath(many, start);
        manager.get(slotsFew); // warm up: the caller's account and scope
        long fewStatements = demo.statementsFor(manager, slotsFew);
        long manyStatements = demo.statementsFor(manager, slotsMany);
        assertEquals(fewStatements, manyStatements, "free slots: statements for 10 vs 1,000 exercises in the room");
        assertNotEquals(ok(manager.get(slotsFew)).getJsonArray("items").getJsonObject(0).getString("startsAt"),
                ok(manager.get(slotsMany)).getJsonArray("items").getJsonObject(0).getString("startsAt"),
                "the busy room's first free slot comes after its thousand exercises");

        String conflictsFew = conflictsPath(few, start.atTime(8, 0));
        String conflictsMany = conflictsPath(many, start.atTime(8, 0));
        assertEquals(demo.statementsFor(manager, conflictsFew), demo.statementsFor(manager, conflictsMany),
                "conflicts: 10 vs 1,000");
    }

    // ------------------------------------------------------------------ documents

    @Test
    void anExercisesDocumentsAreCheckedByTypeAndSizeScopedToWhoSeesItAndAudited() {
        JsonObject exercise = create(exercise("Room " + unique(), TODAY.plusDays(45).atTime(9, 0), 120)
                .add("agencies", agencies(demo.agencyNamed(PARTNER_AGENCY))));
        String documents = "/api/exercises/" + id(exercise) + "/documents";
        byte[] pdf = "%PDF-1.7 situation manual".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Reply attached = manager.sendRaw("POST", documents, "application/pdf", pdf, "X-File-Name",
                "../SitMan v2.pdf");
        assertEquals(201, attached.status(), attached.toString());
        JsonObject document = attached.json();
        assertEquals("SitMan v2.pdf", document.getString("fileName"));
        assertEquals("application/pdf", document.getString("contentType"));
        assertEquals("manager", document.getString("uploadedBy"));
        assertTrue(attached.header("Location").orElse("").endsWith(documents + "/" + id(document)));

        assertProblem(415, manager.sendRaw("POST", documents, "application/pdf",
                "MZ an executable".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertProblem(413, manager.sendRaw("POST", documents, "application/pdf", big));
        assertForbidden(partner.sendRaw("POST", documents, "application/pdf", pdf));
        assertForbidden(demo.as("officer").sendRaw("POST", documents, "application/pdf", "<x>".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)));
        // a media type no method there takes: the role is checked first, then the type
        assertForbidden(demo.as("officer").sendRaw("POST", documents, "application/zip", pdf));
        assertProblem(415, manager.sendRaw("POST", documents, "application/zip", pdf));

        assertEquals(1, ok(partner.get(documents)).getInt("total"), "the partner's agency takes part");
        Reply download = partner.get(documents + "/" + id(document));
        assertEquals(200, download.status(), download.toString());
        assertEquals("application/pdf", download.mediaType());
        assertTrue(download.header("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("%PDF-1.7 situation manual", download.body());
        assertNotFound(demo.as("partner2").get(documents));
        assertNotFound(demo.as("partner2").get(documents + "/" + id(document)));
        JsonObject other = create(exercise("Room " + unique(), TODAY.plusDays(46).atTime(9, 0), 60));
        assertNotFound(manager.get("/api/exercises/" + id(other) + "/documents/" + id(document)));
        assertForbidden(partner.send("DELETE", demo.http.app(documents + "/" + id(document)), null, Map.of()));

        assertEquals(204, manager.send("DELETE", demo.http.app(documents + "/" + id(document)), null, Map.of())
                .status());
        assertEquals(0, ok(manager.get(documents)).getInt("total"));
        JsonObject audit = ok(demo.as("admin").get("/api/audit?recordType=ExerciseDocument&recordId="
                + id(document)));
        assertEquals(List.of("CREATE", "DELETE"), audit.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).sorted().toList(), audit.toString());
    }

    // ------------------------------------------------------------------ registrations, capacity, waitlist

    @Test
    void eachSideHasItsCapacityAndACancelledPlaceGoesToTheFirstOnTheWaitlist() {
        long agency = demo.agencyNamed(PARTNER_AGENCY);
        List<Long> people = contactsOf(agency);
        JsonObject exercise = create(exercise("Room " + unique(), TODAY.plusDays(42).atTime(9, 0), 120)
                .add("staffCapacity", 1).add("agencyCapacity", 1).add("agencies", agencies(agency)));
        JsonObject first = register(exercise, Json.createObjectBuilder().add("userId", id(demo.newOfficer())));
        JsonObject second = register(exercise, Json.createObjectBuilder().add("userId", id(demo.newOfficer())));
        JsonObject third = register(exercise, Json.createObjectBuilder().add("userId", id(demo.newOfficer())));
        JsonObject sergeant = register(exercise, Json.createObjectBuilder().add("contactId", people.get(0)));
        JsonObject detective = register(exercise, Json.createObjectBuilder().add("contactId", people.get(1)));
        assertAll(
                () -> assertFalse(first.getBoolean("waitlisted")),
                () -> assertTrue(second.getBoolean("waitlisted")),
                () -> assertTrue(third.getBoolean("waitlisted")),
                () -> assertFalse(sergeant.getBoolean("waitlisted"), "the agency side has its own place"),
                () -> assertTrue(detective.getBoolean("waitlisted")));

        ok(manager.post("/api/exercises/" + id(exercise) + "/registrations/" + id(first) + "/transitions",
                Json.createObjectBuilder().add("move", "CANCEL").add("version", first.getInt("version")).build()));

        assertFalse(registration(exercise, second).getBoolean("waitlisted"), "the first on the waitlist moved up");
        assertTrue(registration(exercise, third).getBoolean("waitlisted"), "the next one still waits");
        assertTrue(registration(exercise, detective).getBoolean("waitlisted"), "the other side is unaffected");
        assertProblem(409, manager.post("/api/exercises/" + id(exercise) + "/registrations",
                Json.createObjectBuilder().add("contactId", people.get(0)).build()));
    }

    @Test
    void aPlaceThatFreesUpPassesOverSomeoneWhoHasLeftTheirAgencyAndNobodyWhoLeftCanRegister() {
        JsonObject agency = newAgency(manager, home);
        JsonObject holder = demo.newContact(agency);
        JsonObject gone = demo.newContact(agency);
        JsonObject next = demo.newContact(agency);
        // today, late: a departure gives up places at exercises from tomorrow on, so this waitlisted place stays
        JsonObject exercise = create(exercise("Room " + unique(), TODAY.atTime(23, 0), 120)
                .add("agencyCapacity", 1).add("agencies", agencies(id(agency))));
        JsonObject place = register(exercise, Json.createObjectBuilder().add("contactId", id(holder)));
        JsonObject waiting = register(exercise, Json.createObjectBuilder().add("contactId", id(gone)));
        JsonObject after = register(exercise, Json.createObjectBuilder().add("contactId", id(next)));
        assertTrue(waiting.getBoolean("waitlisted"));
        ok(manager.post("/api/contacts/" + id(gone) + "/left", Json.createObjectBuilder()
                .add("version", gone.getInt("version")).build()));
        assertEquals("REGISTERED", registration(exercise, waiting).getString("status"),
                "an exercise of today keeps its places");

        ok(manager.post("/api/exercises/" + id(exercise) + "/registrations/" + id(place) + "/transitions",
                Json.createObjectBuilder().add("move", "CANCEL").add("version", place.getInt("version")).build()));

        assertTrue(registration(exercise, waiting).getBoolean("waitlisted"), "someone who left is passed over");
        assertFalse(registration(exercise, after).getBoolean("waitlisted"), "the place goes to who can come");
        JsonObject alsoGone = demo.newContact(agency);
        ok(manager.post("/api/contacts/" + id(alsoGone) + "/left", Json.createObjectBuilder()
                .add("version", alsoGone.getInt("version")).build()));
        ApiFixture.assertInvalid(manager.post("/api/exercises/" + id(exercise) + "/registrations",
                Json.createObjectBuilder().add("contactId", id(alsoGone)).build()), "contactId");
    }

    /**
     * Someone who left their agency cannot come to an exercise as its person: recording the departure gives up their
     * place at a full exercise still to come, the first person waiting moves up, the answer says how many places were
     * given up, and the trail keeps the cancellation with the departure as its reason. Undoing the departure later does
     * not give the place back (someone else holds it now).
     */
    @Test
    void aContactWhoLeavesGivesUpTheirPlaceAtAFullUpcomingExerciseToTheNextWaitingAndTheTrailSaysWhy() {
        JsonObject agency = newAgency(manager, home);
        JsonObject leaving = demo.newContact(agency);
        JsonObject next = demo.newContact(agency);
        JsonObject exercise = create(exercise("Room " + unique(), TODAY.plusDays(44).atTime(9, 0), 120)
                .add("agencyCapacity", 1).add("agencies", agencies(id(agency))));
        JsonObject place = register(exercise, Json.createObjectBuilder().add("contactId", id(leaving)));
        JsonObject waiting = register(exercise, Json.createObjectBuilder().add("contactId", id(next)));
        assertTrue(waiting.getBoolean("waitlisted"), "the agency's side is full");
        // the same person also holds a place at another hospital's exercise, which this manager does not see
        Client director = demo.as("director");
        Reply elsewhere = director.post("/api/exercises", exercise("Hall " + unique(), TODAY.plusDays(60).atTime(9, 0), 120)
                .add("facilityId", demo.facilityId(ApiFixture.OTHER_HOSPITAL)).add("agencies", agencies(id(agency)))
                .build());
        assertEquals(201, elsewhere.status(), elsewhere.toString());
        Reply otherPlace = director.post("/api/exercises/" + id(elsewhere.json()) + "/registrations",
                Json.createObjectBuilder().add("contactId", id(leaving)).build());
        assertEquals(201, otherPlace.status(), otherPlace.toString());

        JsonObject left = ok(manager.post("/api/contacts/" + id(leaving) + "/left", Json.createObjectBuilder()
                .add("version", leaving.getInt("version")).build()));

        String reason = "Left " + agency.getString("name") + " on " + TODAY;
        assertEquals(1, left.getInt("cancelledRegistrations"), "only the places the manager may see are counted: "
                + left);
        assertEquals("CANCELLED", ok(director.get("/api/exercises/" + id(elsewhere.json()) + "/registrations/"
                + id(otherPlace.json()))).getString("status"), "the place at the other hospital is given up too");
        JsonObject givenUp = registration(exercise, place);
        assertEquals("CANCELLED", givenUp.getString("status"));
        assertEquals(reason, givenUp.getString("cancelReason"));
        JsonObject movedUp = registration(exercise, waiting);
        assertFalse(movedUp.getBoolean("waitlisted"), "the next person waiting moves up");
        assertEquals("REGISTERED", movedUp.getString("status"));
        Client auditor = demo.as("auditor");
        List<JsonObject> trail = ok(auditor.get("/api/audit?recordType=Registration&recordId=" + id(place)))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("UPDATE")
                && e.getString("changes").contains("CANCELLED") && e.getString("changes").contains(reason)),
                "the trail keeps the cancellation and why: " + trail);
        assertTrue(ok(auditor.get("/api/audit?recordType=Registration&recordId=" + id(waiting))).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("action").equals("UPDATE")
                        && e.getString("changes").contains("waitlisted")), "and the move up");

        JsonObject back = ok(manager.send("DELETE", demo.http.app("/api/contacts/" + id(leaving) + "/left?version="
                + left.getInt("version")), null, Map.of()));
        assertTrue(back.isNull("leftOn"));
        assertEquals("CANCELLED", registration(exercise, place).getString("status"),
                "undoing the departure does not give the place back");
        assertFalse(registration(exercise, waiting).getBoolean("waitlisted"), "who moved up keeps the place");
    }

    /**
     * A person of an agency not taking part is unknown to the exercise, even when a meeting expects them at the same
     * time: the refusal names neither them nor the meeting. And a TLP:RED meeting that does expect a registered
     * officer is a conflict that says when, not what.
     */
    @Test
    void aConflictTellsNoTitleTheCallerCouldNotReadAndAnOutsiderIsUnknown() {
        LocalDateTime morning = TODAY.plusDays(47).atTime(9, 0);
        JsonObject outsiderAgency = newAgency(manager, home);
        JsonObject outsider = demo.newContact(outsiderAgency);
        String secret = "Informant debrief " + unique();
        JsonObject officer = demo.newOfficer();
        Reply red = manager.post("/api/meetings", Json.createObjectBuilder().add("facilityId", home)
                .add("title", secret).add("location", "Board room").add("tlp", "RED")
                .add("startsAt", morning.plusHours(1).toString()).add("endsAt", morning.plusHours(2).toString())
                .add("agencyIds", Json.createArrayBuilder().add(id(outsiderAgency)))
                .add("staffIds", Json.createArrayBuilder().add(id(officer)))
                .add("contactIds", Json.createArrayBuilder().add(id(outsider))).build());
        assertEquals(201, red.status(), red.toString());
        JsonObject exercise = create(exercise("Room " + unique(), morning, 120)
                .add("agencies", agencies(demo.agencyNamed(PARTNER_AGENCY))));

        Reply unknown = manager.post("/api/exercises/" + id(exercise) + "/registrations",
                Json.createObjectBuilder().add("contactId", id(outsider)).build());
        assertInvalid(unknown, "contactId");
        assertFalse(unknown.body().contains(secret) || unknown.body().contains(outsider.getString("lastName")),
                unknown.toString());

        Reply busy = manager.post("/api/exercises/" + id(exercise) + "/registrations",
                Json.createObjectBuilder().add("userId", id(officer)).build());
        assertProblem(409, busy);
        String detail = busy.json().getString("detail");
        assertTrue(detail.contains("is expected at a meeting") && !detail.contains(secret), detail);
    }

    @Test
    void aPartnerRegistersOnlyTheirOwnAgencysPeopleAndSeesOnlyThem() {
        long own = demo.agencyNamed(PARTNER_AGENCY);
        JsonObject other = newAgency(manager, home);
        JsonObject otherPerson = demo.newContact(other);
        JsonObject exercise = create(exercise("Room " + unique(), TODAY.plusDays(43).atTime(13, 0), 120)
                .add("agencies", Json.createArrayBuilder().add(Json.createObjectBuilder().add("agencyId", own))
                        .add(Json.createObjectBuilder().add("agencyId", id(other)))));
        register(exercise, Json.createObjectBuilder().add("contactId", id(otherPerson)));

        Reply ownPerson = partner.post("/api/exercises/" + id(exercise) + "/registrations",
                Json.createObjectBuilder().add("contactId", contactsOf(own).get(0)).build());
        assertEquals(201, ownPerson.status(), ownPerson.toString());
        assertInvalid(partner.post("/api/exercises/" + id(exercise) + "/registrations",
                Json.createObjectBuilder().add("contactId", id(otherPerson)).build()), "contactId");
        assertForbidden(partner.post("/api/exercises/" + id(exercise) + "/registrations",
                Json.createObjectBuilder().add("userId", id(demo.newOfficer())).build()));

        List<JsonObject> seen = ok(partner.get("/api/exercises/" + id(exercise) + "/registrations"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(own), seen.stream().map(r -> r.getJsonNumber("agencyId").longValue()).distinct().toList());
        assertEquals(2, ok(manager.get("/api/exercises/" + id(exercise) + "/registrations")).getInt("total"));
    }

    @Test
    void attendanceIsTakenOnTheDayAndCreditsHoursToTheTrainingRecord() {
        JsonObject officer = demo.newOfficer();
        JsonObject future = create(exercise("Room " + unique(), TODAY.plusDays(44).atTime(9, 0), 90));
        JsonObject futureReg = register(future, Json.createObjectBuilder().add("userId", id(officer)));
        assertProblem(409, manager.put("/api/exercises/" + id(future) + "/attendance", marks(id(futureReg), true)));

        JsonObject today = create(exercise("Room " + unique(), TODAY.minusDays(1).atTime(9, 0), 150)
                .add("countsTowardCms", false).add("agencies", agencies(demo.agencyNamed(PARTNER_AGENCY))));
        JsonObject present = register(today, Json.createObjectBuilder().add("userId", id(officer)));
        JsonObject absent = register(today, Json.createObjectBuilder().add("userId", id(demo.newOfficer())));
        ok(move(ok(move(today, "START_PLANNING", null)), "SCHEDULE", null));
        JsonObject taken = ok(manager.put("/api/exercises/" + id(today) + "/attendance", Json.createObjectBuilder()
                .add("marks", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("registrationId", id(present)).add("present", true))
                        .add(Json.createObjectBuilder().add("registrationId", id(absent)).add("present", false)))
                .build()));
        Map<Long, String> status = taken.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(ApiFixture::id, r -> r.getString("status")));
        assertEquals(Map.of(id(present), "ATTENDED", id(absent), "NO_SHOW"), status);
        assertInvalid(manager.put("/api/exercises/" + id(today) + "/attendance", marks(id(futureReg), true)),
                "marks[0].registrationId");

        JsonObject record = ok(manager.get("/api/training-records/" + id(officer)));
        JsonObject attended = record.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("exerciseId").longValue() == id(today)).findFirst().orElseThrow();
        assertEquals("ATTENDED", attended.getString("status"));
        assertEquals(2.5, attended.getJsonNumber("hours").doubleValue());
        assertNotFound(demo.as("officer").get("/api/training-records/" + id(officer)));
        String csv = manager.get("/api/training-records/coverage.csv").body();
        assertTrue(csv.startsWith("facility,officer,username,lastJointTraining"), csv.lines().findFirst().orElse(""));
        assertTrue(csv.contains(officer.getString("username") + "," + TODAY.minusDays(1)), "the officer's last training");
    }

    // ------------------------------------------------------------------ compliance

    @Test
    void theTrackerShowsEachFacilitysStatusWithTheExercisesThatCount() {
        List<JsonObject> all = ok(director.get("/api/compliance/exercises")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(ok(director.get("/api/facilities?limit=1")).getInt("total"), all.size(), "every facility");
        Map<String, String> status = all.stream().collect(Collectors.toMap(f -> f.getString("facilityCode"),
                f -> f.getString("status")));
        assertEquals("AT_RISK", status.get("CFC"), status.toString());
        assertEquals("COMPLIANT", status.get("LMC"), status.toString());
        JsonObject lmc = all.stream().filter(f -> f.getString("facilityCode").equals("LMC")).findFirst().orElseThrow();
        assertEquals(2, lmc.getJsonArray("exercises").size(), lmc.toString());
        assertEquals("FULL_SCALE", lmc.getJsonArray("exercises").getJsonObject(0).getString("type"));
        JsonObject sah = all.stream().filter(f -> f.getString("facilityCode").equals("SAH")).findFirst().orElseThrow();
        assertEquals("ACTIVATION_EXEMPTION", sah.getJsonArray("exercises").getJsonObject(0).getString("countsAs"));

        List<JsonObject> officers = ok(demo.as("officer").get("/api/compliance/exercises")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(HOME_HOSPITAL), officers.stream().map(f -> f.getString("facilityCode")).toList());
        assertInvalid(manager.post("/api/compliance/activations", Json.createObjectBuilder().add("facilityId", home)
                .add("activatedOn", TODAY.plusDays(1).toString()).add("description", "Not yet").build()),
                "activatedOn");
    }

    // ------------------------------------------------------------------ the story in the browser

    /**
     * A manager schedules a tabletop, sees a location conflict, picks a suggested free slot; a partner registers two
     * of their officers; attendance is taken; the home hospital's compliance updates.
     */
    @Test
    void aManagerSchedulesATabletopAPartnerRegistersTwoOfficersAttendanceIsTakenAndComplianceUpdates() throws Exception {
        String room = "Training Room B " + unique();
        LocalDate day = TODAY.plusDays(21);
        JsonObject blocking = create(exercise(room, day.atTime(9, 0), 180).add("title", "ED lockdown drill " + unique()));
        long policeId = demo.agencyNamed(PARTNER_AGENCY);
        JsonObject police = Json.createObjectBuilder().add("id", policeId).build();
        JsonObject first = demo.newContact(police);
        JsonObject second = demo.newContact(police);
        String title = "Active assailant tabletop " + unique();

        try (Browser b = browser()) {
            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            assertEquals("Not compliant", CompliancePage.open(b).statusOf(HOME_HOSPITAL), "the demo's home hospital");
            ExerciseEditPage form = ExerciseEditPage.open(b).title(title).hseepType("Tabletop")
                    .scenario("Active assailant").location(room).durationMinutes(180).agency(PARTNER_AGENCY)
                    .startsAt(day + " 09:00").saveExpectingConflicts();
            b.lookAtBothSizes("exercise-conflict");
            assertTrue(form.conflicts().get(0).contains(blocking.getString("title")), form.conflicts().toString());
            assertFalse(form.freeSlots().isEmpty());
            ExerciseViewPage exercise = form.pickFirstFreeSlot().save();
            assertEquals(title, exercise.heading());
            assertTrue(exercise.when().contains(day + " 12:00"), "the first free slot: after the drill, " + exercise.when());
            // since it was proposed, the police declared the day a blackout: scheduling names it
            assertEquals(201, manager.post("/api/exercises/blackouts", Json.createObjectBuilder()
                    .add("agencyId", policeId).add("firstDay", day.toString()).add("lastDay", day.toString())
                    .add("reason", "Stadium concert").build()).status());
            List<String> conflicts = exercise.scheduleExpectingConflicts();
            assertTrue(conflicts.size() == 1 && conflicts.get(0).contains("Stadium concert"), conflicts.toString());
            assertEquals("Proposed", exercise.status());
            b.lookAtBothSizes("exercise-schedule-conflict");
            exercise = exercise.scheduleAnyway("Only the command staff attends; the concert detail is covered");
            assertEquals("Scheduled", exercise.status());
            long id = exercise.id();
            java.nio.file.Path sitman = java.nio.file.Files.createTempFile("sitman-", ".pdf");
            try {
                java.nio.file.Files.write(sitman, "%PDF-1.4 situation manual".getBytes(
                        java.nio.charset.StandardCharsets.US_ASCII));
                java.nio.file.Path notes = java.nio.file.Files.writeString(sitman.resolveSibling(
                        sitman.getFileName() + ".txt"), "plain notes");
                try {
                    String refusal = exercise.attachRefused(notes);
                    assertTrue(refusal.contains("Only PDF, PNG and JPEG"), "beside the file field: " + refusal);
                    assertEquals(List.of(), exercise.documents().stream()
                            .filter(d -> d.contains(".txt")).toList());
                } finally {
                    java.nio.file.Files.deleteIfExists(notes);
                }
                exercise = exercise.attachDocument(sitman);
                b.lookAtBothSizes("exercise-documents");
            } finally {
                java.nio.file.Files.deleteIfExists(sitman);
            }
            assertEquals("Only the command staff attends; the concert detail is covered",
                    ok(manager.get("/api/exercises/" + id)).getString("overrideReason"));
            HomePage.signOut(b);

            LoginPage.open(b).signInAs("partner", ApiFixture.PASSWORD);
            ExerciseViewPage seen = ExerciseViewPage.open(b, id)
                    .registerAgencyOfficer(first.getString("lastName"), label(first))
                    .registerAgencyOfficer(second.getString("lastName"), label(second));
            b.lookAtBothSizes("exercise-partner");
            assertTrue(seen.documents().stream().anyMatch(d -> d.contains("sitman-")), "the partner sees the document");
            assertEquals(2, seen.registeredPeople().stream().filter(p -> p.contains(first.getString("lastName"))
                    || p.contains(second.getString("lastName"))).count(), seen.registeredPeople().toString());
            HomePage.signOut(b);

            // the day comes: the clock cannot be advanced, so the exercise is moved to yesterday morning
            JsonObject scheduled = ok(manager.get("/api/exercises/" + id));
            ok(manager.put("/api/exercises/" + id, exercise(room, TODAY.minusDays(1).atTime(9, 0), 180)
                    .add("title", title).add("agencies", agencies(policeId))
                    .add("version", scheduled.getInt("version")).build()));

            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            RosterPage roster = ExerciseViewPage.open(b, id).openRoster()
                    .markPresent(displayName(first)).markPresent(displayName(second));
            b.lookAtBothSizes("exercise-roster");
            assertTrue(roster.count().startsWith("Present 2"), roster.count());
            assertEquals("Conducted", ExerciseViewPage.open(b, id).move("conduct").status());

            CompliancePage compliance = CompliancePage.open(b);
            b.lookAtBothSizes("exercise-compliance");
            assertEquals("Compliant", compliance.statusOf(HOME_HOSPITAL));
            assertTrue(compliance.countingOf(HOME_HOSPITAL).stream().anyMatch(line -> line.contains(title)),
                    compliance.countingOf(HOME_HOSPITAL).toString());
        }
    }

    @Test
    void theHomePagesAnswerEachRolesTrainingQuestion() {
        try (Browser b = browser()) {
            LoginPage.open(b).signInAs("director", ApiFixture.PASSWORD);
            assertEquals(ok(director.get("/api/facilities?limit=1")).getInt("total"), b.driver().findElements(
                    org.openqa.selenium.By.cssSelector("#training-compliance .card")).size(), "a card per facility");
            b.lookAtBothSizes("home-training-director");
            HomePage.signOut(b);
            LoginPage.open(b).signInAs("officer", ApiFixture.PASSWORD);
            assertTrue(b.driver().findElement(org.openqa.selenium.By.id("my-trainings")).getText()
                    .contains("hours this year"));
            b.lookAtBothSizes("home-training-officer");
            HomePage.signOut(b);
            LoginPage.open(b).signInAs("partner", ApiFixture.PASSWORD);
            assertFalse(b.driver().findElements(org.openqa.selenium.By.cssSelector("#open-trainings li")).isEmpty(),
                    "the partner's agency has upcoming exercises with free places");
            b.lookAtBothSizes("home-training-partner");
            b.go("/exercises/index?open=true");
            b.lookAtBothSizes("exercise-list-partner");
        }
    }

    private Browser browser() {
        return Browser.open(deployed, false);
    }

    private static String displayName(JsonObject contact) {
        return contact.getString("rank") + " " + contact.getString("firstName") + " " + contact.getString("lastName");
    }

    private static String label(JsonObject contact) {
        return displayName(contact) + " (" + contact.getString("agencyName") + ")";
    }

    // ------------------------------------------------------------------ helpers

    private JsonObjectBuilder exercise(String room, LocalDateTime starts, int minutes) {
        return Json.createObjectBuilder().add("title", "IT exercise " + unique()).add("type", "TABLETOP")
                .add("scenario", "ACTIVE_ASSAILANT").add("facilityId", home).add("location", room)
                .add("startsAt", starts.toString()).add("endsAt", starts.plusMinutes(minutes).toString())
                .add("objectives", "Test unified command").add("coreCapabilities",
                        Json.createArrayBuilder().add("OPERATIONAL_COORDINATION"));
    }

    private static JsonArrayBuilder agencies(long agencyId) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("agencyId", agencyId));
    }

    private JsonObject create(JsonObjectBuilder body) {
        Reply reply = manager.post("/api/exercises", body.build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private Reply move(JsonObject exercise, String move, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("move", move).add("version", exercise.getInt("version"));
        if (reason != null) {
            body.add("reason", reason);
        }
        return manager.post("/api/exercises/" + id(exercise) + "/transitions", body.build());
    }

    private JsonObject register(JsonObject exercise, JsonObjectBuilder who) {
        Reply reply = manager.post("/api/exercises/" + id(exercise) + "/registrations", who.build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private JsonObject registration(JsonObject exercise, JsonObject registration) {
        return ok(manager.get("/api/exercises/" + id(exercise) + "/registrations/" + id(registration)));
    }

    private static JsonObject marks(long registrationId, boolean present) {
        return Json.createObjectBuilder().add("marks", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("registrationId", registrationId).add("present", present))).build();
    }

    private List<Long> contactsOf(long agencyId) {
        return ok(director.get("/api/contacts?limit=10&agencyId=" + agencyId)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(ApiFixture::id).toList();
    }

    private long engagements(long agencyId) {
        return ok(manager.get("/api/engagements?limit=1&facilityId=" + home + "&agencyId=" + agencyId)).getInt("total");
    }

    /** Exercises one after another in one room, ten a day from 08:00, proposed (no agencies, not counting for CMS). */
    private void createMany(String room, LocalDate from, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Reply>> replies = IntStream.range(0, count).mapToObj(i -> pool.submit(() ->
                    manager.post("/api/exercises", exercise(room, from.plusDays(i / 10).atTime(8 + i % 10, 0), 60)
                            .add("countsTowardCms", false).build()))).toList();
            for (Future<Reply> reply : replies) {
                assertEquals(201, reply.get().status(), reply.get().toString());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anExercisesRegistrationsCostTheSameStatementsForTwoRowsAsForTwenty() {
        Client director = demo.as("director");
        long busy = ok(director.get("/api/exercises?limit=100")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().mapToLong(ApiFixture::id).filter(x -> ok(director.get("/api/exercises/" + x
                        + "/registrations?limit=20")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(r -> !r.isNull("userId")).count() >= 10)
                .findFirst().orElseThrow(() -> new AssertionError("no exercise with ten staff registered"));
        String registrations = "/api/exercises/" + busy + "/registrations?limit=";

        assertEquals(demo.statementsFor(director, registrations + 2), demo.statementsFor(director, registrations + 20),
                "statements for 2 registrations vs 20");
    }

    private String freeSlotsPath(String room, LocalDate from) {
        return "/api/exercises/free-slots?facilityId=" + home + "&location=" + room.replace(" ", "%20")
                + "&durationMinutes=60&from=" + from + "&to=" + from.plusDays(179);
    }

    private String conflictsPath(String room, LocalDateTime at) {
        return "/api/exercises/conflicts?facilityId=" + home + "&location=" + room.replace(" ", "%20") + "&startsAt="
                + at + "&endsAt=" + at.plusDays(3);
    }


}
