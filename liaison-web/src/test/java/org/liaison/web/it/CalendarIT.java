package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.web.it.ApiFixture.assertForbidden;
import static org.liaison.web.it.ApiFixture.assertInvalid;
import static org.liaison.web.it.ApiFixture.assertNotFound;
import static org.liaison.web.it.ApiFixture.assertProblem;
import static org.liaison.web.it.ApiFixture.id;
import static org.liaison.web.it.ApiFixture.ok;
import static org.liaison.web.it.ApiFixture.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.HomePage;
import org.liaison.web.it.pages.LoginPage;
import org.liaison.web.it.pages.MeetingPage;
import org.liaison.web.it.pages.MyActionItemsPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The engagement calendar against the real WAR and the demo data: meetings in recurring series and how editing one
 * occurrence, the following ones or all of them works; the meeting lifecycle and the engagement it records; who reads
 * minutes under each TLP label; action items and the daily reminders; the personal iCalendar feed; roles, scope and
 * validation of every endpoint. Each test plans the meetings it changes.
 */
@RunAsClient
class CalendarIT extends ApiTest {

    // ---------------------------------------------------------------- helpers

    private long home() {
        return demo.facilityId(ApiFixture.HOME_HOSPITAL);
    }

    private long homePolice() {
        return demo.agencyNamed(ApiFixture.PARTNER_AGENCY);
    }

    private static String at(LocalDateTime time) {
        return time.withSecond(0).withNano(0).toString();
    }

    private JsonObjectBuilder meeting(String title, LocalDateTime start, long facility, long agency) {
        return Json.createObjectBuilder().add("facilityId", facility).add("title", title)
                .add("startsAt", at(start)).add("endsAt", at(start.plusHours(1))).add("location", "Board room")
                .add("agencyIds", Json.createArrayBuilder().add(agency));
    }

    private JsonObject plan(JsonObjectBuilder body) {
        Reply reply = demo.as("manager").post("/api/meetings", body.build());
        assertEquals(201, reply.status(), reply.toString());
        assertTrue(reply.header("Location").orElse("").matches(".*/api/meetings/\\d+"), reply.toString());
        return reply.json();
    }

    private JsonObject get(String who, String path) {
        return ok(demo.as(who).get(path));
    }

    private List<JsonObject> occurrences(long seriesId) {
        return get("manager", "/api/meetings?limit=200&seriesId=" + seriesId).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .sorted(java.util.Comparator.comparing(m -> m.getString("startsAt"))).toList();
    }

    private static long version(JsonObject record) {
        return record.getJsonNumber("version").longValue();
    }

    /** The second Tuesday of the month after next, at ten: always in the future. */
    private static LocalDateTime secondTuesdayAhead() {
        LocalDate month = LocalDate.now().plusMonths(2).withDayOfMonth(1);
        return month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY)).atTime(10, 0);
    }

    private JsonObject heldMeetingWithManagerAttending(String tlp) {
        JsonObject m = plan(meeting("TLP " + tlp + " " + unique(), LocalDateTime.now().minusDays(1), home(),
                homePolice()).add("staffIds", Json.createArrayBuilder().add(demo.userId("manager"))));
        JsonObject held = ok(demo.as("manager").post("/api/meetings/" + id(m) + "/held",
                Json.createObjectBuilder().add("version", version(m)).build()));
        ok(demo.as("manager").put("/api/meetings/" + id(m) + "/minutes", Json.createObjectBuilder()
                .add("tlp", tlp).add("decisions", "<p>Decided " + tlp + "</p>").add("version", version(held)).build()));
        return get("manager", "/api/meetings/" + id(m));
    }


    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
    }

    // ---------------------------------------------------------------- recurring series

    @Test
    void editingOneOccurrenceTheFollowingOnesOrAllWorksAsCalendarUsersExpect() {
        String title = "Monthly liaison " + unique();
        JsonObject first = plan(meeting(title, secondTuesdayAhead(), home(), homePolice())
                .add("rrule", "FREQ=MONTHLY;BYDAY=2TU;COUNT=6"));
        long series = first.getJsonNumber("seriesId").longValue();
        List<JsonObject> six = occurrences(series);
        assertEquals(6, six.size(), six.toString());
        assertTrue(six.stream().allMatch(m -> LocalDateTime.parse(m.getString("startsAt")).getDayOfWeek()
                == DayOfWeek.TUESDAY && LocalDateTime.parse(m.getString("startsAt")).getDayOfMonth() <= 14));

        // this one: only the second occurrence changes, and it leaves the series' rule
        JsonObject second = six.get(1);
        ok(demo.as("manager").put("/api/meetings/" + id(second) + "?scope=ONE", Json.createObjectBuilder()
                .add("title", "Special session").add("version", version(second)).build()));

        // this and following: from the fourth on, a new title at 14:00, as a new series
        JsonObject fourth = six.get(3);
        LocalDateTime fourthStart = LocalDateTime.parse(fourth.getString("startsAt"));
        JsonObject changed = ok(demo.as("manager").put("/api/meetings/" + id(fourth) + "?scope=FOLLOWING",
                Json.createObjectBuilder().add("title", "Renamed liaison meeting")
                        .add("startsAt", at(fourthStart.withHour(14))).add("endsAt", at(fourthStart.withHour(15)))
                        .add("version", version(fourth)).build()));
        long laterSeries = changed.getJsonNumber("seriesId").longValue();
        assertNotEquals(series, laterSeries, "the series is split at the fourth occurrence");

        // all: a new place for every occurrence (still) in the first series, except the one changed on its own
        JsonObject firstNow = get("manager", "/api/meetings/" + id(six.get(0)));
        ok(demo.as("manager").put("/api/meetings/" + id(firstNow) + "?scope=ALL", Json.createObjectBuilder()
                .add("title", title).add("location", "Police headquarters").add("version", version(firstNow)).build()));

        List<JsonObject> before = occurrences(series);
        List<JsonObject> after = occurrences(laterSeries);
        assertAll(
                () -> assertEquals(3, before.size(), before.toString()),
                () -> assertEquals(3, after.size(), after.toString()),
                () -> assertEquals(List.of(title, "Special session", title),
                        before.stream().map(m -> m.getString("title")).toList()),
                () -> assertEquals("Police headquarters", get("manager", "/api/meetings/" + id(before.get(0)))
                        .getString("location")),
                () -> assertEquals("Board room", get("manager", "/api/meetings/" + id(before.get(1)))
                        .getString("location"), "the occurrence changed on its own keeps its place"),
                () -> assertTrue(get("manager", "/api/meetings/" + id(before.get(1))).getBoolean("detached")),
                () -> assertTrue(after.stream().allMatch(m -> m.getString("title").equals("Renamed liaison meeting")
                        && LocalDateTime.parse(m.getString("startsAt")).getHour() == 14), after.toString()),
                () -> assertEquals("Board room", get("manager", "/api/meetings/" + id(after.get(0)))
                        .getString("location"), "'all' of the first series does not reach the split-off part"));
    }

    @Test
    void aNewRuleForAllReplansTheOccurrencesToCome() {
        JsonObject first = plan(meeting("Quarterly " + unique(), secondTuesdayAhead(), home(), homePolice())
                .add("rrule", "FREQ=MONTHLY;INTERVAL=3;COUNT=4"));
        long series = first.getJsonNumber("seriesId").longValue();
        assertEquals(4, occurrences(series).size());
        ok(demo.as("manager").put("/api/meetings/" + id(first) + "?scope=ALL", Json.createObjectBuilder()
                .add("title", first.getString("title")).add("rrule", "FREQ=MONTHLY;INTERVAL=3;COUNT=2")
                .add("version", version(first)).build()));
        assertEquals(2, occurrences(series).size());
    }

    @Test
    void aRuleACalendarCannotReadIsRefusedOnTheRuleField() {
        assertInvalid(demo.as("manager").post("/api/meetings", meeting("x", secondTuesdayAhead(), home(), homePolice())
                .add("rrule", "every second tuesday").build()), "rrule");
        String longRule = "FREQ=YEARLY;BYYEARDAY=" + java.util.stream.IntStream.rangeClosed(1, 120)
                .mapToObj(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        assertInvalid(demo.as("manager").post("/api/meetings", meeting("x", secondTuesdayAhead(), home(), homePolice())
                .add("rrule", longRule).build()), "rrule"); // readable, but longer than its column (it was a 500)
    }

    @Test
    void anAgendaFullOfQuotedLinesIsChangedAndItsChangeAudited() {
        // written out for the audit trail, each quote and line break doubles: the change once overflowed its column
        JsonObject m = plan(meeting("Agenda " + unique(), secondTuesdayAhead(), home(), homePolice())
                .add("agenda", "\"Gate\"\r\n".repeat(480)));
        JsonObject changed = ok(demo.as("manager").put("/api/meetings/" + id(m), Json.createObjectBuilder()
                .add("agenda", "\"Door\"\r\n".repeat(480)).add("version", version(m)).build()));
        assertTrue(changed.getString("agenda").startsWith("\"Door\""), changed.toString());
    }

    // ---------------------------------------------------------------- lifecycle

    @Test
    void aMeetingIsHeldMinutedApprovedAndClosedAndBeingHeldRecordsAnEngagement() {
        String title = "Held " + unique();
        JsonObject m = plan(meeting(title, LocalDateTime.now().minusHours(3), home(), homePolice()));
        Client manager = demo.as("manager");
        JsonObject held = ok(manager.post("/api/meetings/" + id(m) + "/held",
                Json.createObjectBuilder().add("version", version(m)).build()));
        assertEquals("HELD", held.getString("status"));
        JsonObject engagements = get("manager", "/api/engagements?limit=5&facilityId=" + home() + "&agencyId="
                + homePolice());
        assertTrue(engagements.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("summary").equals("Meeting: " + title) && e.getString("kind").equals("MEETING")),
                engagements.toString());

        assertEquals(409, manager.post("/api/meetings/" + id(m) + "/approve-minutes",
                Json.createObjectBuilder().add("version", version(held)).build()).status(), "no minutes yet");
        assertEquals(409, manager.post("/api/meetings/" + id(m) + "/close",
                Json.createObjectBuilder().add("version", version(held)).build()).status(), "not approved yet");

        JsonObject minutes = ok(manager.put("/api/meetings/" + id(m) + "/minutes", Json.createObjectBuilder()
                .add("tlp", "GREEN").add("decisions", "<p>Agreed.</p><script>alert(1)</script>")
                .add("discussion", "<p onclick=\"x()\">Talked.</p>").add("version", version(held)).build()));
        assertFalse(minutes.getString("decisions").contains("script"), minutes.toString());
        assertFalse(minutes.getString("discussion").contains("onclick"), minutes.toString());
        assertEquals(409, manager.put("/api/meetings/" + id(m) + "/minutes", Json.createObjectBuilder()
                .add("tlp", "GREEN").add("decisions", "stale").add("version", version(held)).build()).status(),
                "a stale version");

        JsonObject approved = ok(manager.post("/api/meetings/" + id(m) + "/approve-minutes",
                Json.createObjectBuilder().add("version", version(minutes)).build()));
        assertEquals("MINUTES_APPROVED", approved.getString("status"));
        assertEquals("manager", approved.getString("minutesApprovedBy"));
        JsonObject closed = ok(manager.post("/api/meetings/" + id(m) + "/close",
                Json.createObjectBuilder().add("version", version(approved)).build()));
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(409, manager.post("/api/meetings/" + id(m) + "/cancel", Json.createObjectBuilder()
                .add("reason", "late").add("version", version(closed)).build()).status());
    }

    @Test
    void cancellingNeedsAReasonAndAMeetingIsNotHeldBeforeItStarts() {
        JsonObject m = plan(meeting("Ahead " + unique(), secondTuesdayAhead(), home(), homePolice()));
        assertInvalid(demo.as("manager").post("/api/meetings/" + id(m) + "/cancel",
                Json.createObjectBuilder().add("reason", " ").add("version", version(m)).build()), "reason");
        assertInvalid(demo.as("manager").post("/api/meetings/" + id(m) + "/cancel", Json.createObjectBuilder()
                .add("reason", "w".repeat(501)).add("version", version(m)).build()), "reason"); // was a 500
        assertEquals(409, demo.as("manager").post("/api/meetings/" + id(m) + "/held",
                Json.createObjectBuilder().add("version", version(m)).build()).status());
        JsonObject cancelled = ok(demo.as("manager").post("/api/meetings/" + id(m) + "/cancel",
                Json.createObjectBuilder().add("reason", "Storm").add("version", version(m)).build()));
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("Storm", cancelled.getString("cancelReason"));
    }

    // ---------------------------------------------------------------- TLP

    @Test
    void whoReadsTheMinutesFollowsTheirTlpLabel() {
        Map<String, JsonObject> byLabel = java.util.stream.Stream.of("RED", "AMBER_STRICT", "AMBER", "GREEN", "CLEAR")
                .collect(Collectors.toMap(l -> l, this::heldMeetingWithManagerAttending));
        // manager: named attendee and staff of the hospital; officer: staff, not named; director and auditor: staff
        // of every hospital; partner: of the police department present
        Map<String, List<String>> readers = Map.of(
                "RED", List.of("manager"),
                "AMBER_STRICT", List.of("manager", "officer", "director", "auditor", "admin"),
                "AMBER", List.of("manager", "officer", "director", "auditor", "admin", "partner"),
                "GREEN", ApiFixture.PEOPLE,
                "CLEAR", ApiFixture.PEOPLE);
        for (Map.Entry<String, JsonObject> labelled : byLabel.entrySet()) {
            // the portal's server reads who-to-call and summaries, never meetings or minutes
            assertEquals(403, demo.as("portal").get("/api/meetings/" + id(labelled.getValue()) + "/minutes").status());
            for (String who : ApiFixture.PEOPLE) {
                Reply reply = demo.as(who).get("/api/meetings/" + id(labelled.getValue()) + "/minutes");
                boolean reads = readers.get(labelled.getKey()).contains(who);
                assertEquals(reads ? 200 : 404, reply.status(), who + " reading " + labelled.getKey() + ": " + reply);
                // the meeting itself stays visible to everyone in scope; only the minutes are kept back
                assertEquals(200, demo.as(who).get("/api/meetings/" + id(labelled.getValue())).status(), who);
            }
        }
    }

    // ---------------------------------------------------------------- the feed

    @Test
    void thePersonalFeedParsesCarriesTheSeriesAsRruleKeepsRedTitlesNeutralAndEndsWhenRevoked() throws Exception {
        String title = "Feed series " + unique();
        plan(meeting(title, secondTuesdayAhead(), home(), homePolice()).add("rrule", "FREQ=MONTHLY;BYDAY=2TU"));
        JsonObject red = heldMeetingWithManagerAttending("RED");
        Client officer = demo.as("officer");
        Reply made = officer.post("/api/calendar/my-feed", null);
        assertEquals(201, made.status(), made.toString());
        String url = made.json().getString("url");
        String path = url.substring(url.indexOf("/api/"));

        Reply feed = demo.http.anonymous().get(path);
        assertEquals(200, feed.status(), feed.toString());
        assertEquals("text/calendar", feed.mediaType());
        Calendar calendar = parse(feed.body());
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent series = events.stream().filter(e -> e.getProperty("SUMMARY").map(Property::getValue).orElse("")
                .equals(title)).findFirst().orElseThrow(() -> new AssertionError("no " + title + " in the feed"));
        assertEquals("FREQ=MONTHLY;BYDAY=2TU", series.getProperty("RRULE").orElseThrow().getValue());
        assertTrue(series.getProperty("DTSTART").orElseThrow().getParameter("TZID").isPresent());
        assertEquals(1, events.stream().filter(e -> e.getProperty("SUMMARY").map(Property::getValue).orElse("")
                .equals(title)).count(), "a series is one event, not expanded copies");
        VEvent neutral = events.stream().filter(e -> e.getProperty("UID").orElseThrow().getValue()
                .equals("meeting-" + id(red) + "@liaison")).findFirst().orElseThrow();
        assertEquals("Meeting (TLP:RED)", neutral.getProperty("SUMMARY").orElseThrow().getValue());
        assertFalse(feed.body().contains(red.getString("title")), "the RED meeting's title stays out of the feed");

        Reply renewed = officer.post("/api/calendar/my-feed", null);
        String newPath = renewed.json().getString("url").substring(url.indexOf("/api/"));
        assertNotFound(demo.http.anonymous().get(path));
        assertEquals(200, demo.http.anonymous().get(newPath).status());
        assertEquals(204, officer.send("DELETE", demo.http.app("/api/calendar/my-feed"), null, Map.of()).status());
        assertNotFound(demo.http.anonymous().get(newPath));
        assertNotFound(demo.http.anonymous().get("/api/calendar/feed/" + "A".repeat(43) + ".ics"));
    }

    @Test
    void aMeetingDownloadsAsAnIcsFileAndTheCalendarListsItsOccurrences() throws Exception {
        String title = "Ics " + unique();
        JsonObject m = plan(meeting(title, secondTuesdayAhead(), home(), homePolice()));
        Reply ics = demo.as("officer").get("/api/meetings/" + id(m) + ".ics");
        assertEquals(200, ics.status(), ics.toString());
        VEvent event = parse(ics.body()).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(title, event.getProperty("SUMMARY").orElseThrow().getValue());
        LocalDateTime start = LocalDateTime.parse(m.getString("startsAt"));
        JsonObject range = get("officer", "/api/calendar?from=" + at(start.minusDays(1)) + "&to="
                + at(start.plusDays(1)) + "&kind=MEETING");
        assertTrue(range.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("title").equals(title) && e.getString("kind").equals("MEETING")),
                range.toString());
        assertNotFound(demo.as("officer").get("/api/meetings/99999999.ics"));
    }

    // ---------------------------------------------------------------- action items and reminders

    @Test
    void anOwnerMovesTheDueDateWithAReasonAndTheOriginalIsKept() {
        JsonObject officer = demo.newOfficer("Correct-Horse-Battery-9");
        JsonObject item = ok(demo.as("manager").post("/api/action-items", Json.createObjectBuilder()
                .add("facilityId", home()).add("title", "Share the plan " + unique()).add("ownerUserId", id(officer))
                .add("dueOn", LocalDate.now().plusDays(20).toString()).build()));
        Client owner = demo.http.as(officer.getString("username"), "Correct-Horse-Battery-9");
        assertInvalid(owner.post("/api/action-items/" + id(item) + "/due", Json.createObjectBuilder()
                .add("dueOn", LocalDate.now().plusDays(30).toString()).add("version", version(item)).build()), "reason");
        JsonObject moved = ok(owner.post("/api/action-items/" + id(item) + "/due", Json.createObjectBuilder()
                .add("dueOn", LocalDate.now().plusDays(30).toString()).add("reason", "Waiting for the county")
                .add("version", version(item)).build()));
        assertEquals(LocalDate.now().plusDays(30).toString(), moved.getString("dueOn"));
        assertEquals(LocalDate.now().plusDays(20).toString(), moved.getString("originalDueOn"));
        JsonObject change = moved.getJsonArray("dueChanges").getJsonObject(0);
        assertEquals(officer.getString("username"), change.getString("movedBy"));
        assertEquals("Waiting for the county", change.getString("reason"));

        JsonObject started = ok(owner.post("/api/action-items/" + id(item) + "/moves", Json.createObjectBuilder()
                .add("move", "START").add("version", version(moved)).build()));
        JsonObject done = ok(owner.post("/api/action-items/" + id(item) + "/moves", Json.createObjectBuilder()
                .add("move", "COMPLETE").add("version", version(started)).build()));
        assertEquals(409, owner.post("/api/action-items/" + id(item) + "/moves", Json.createObjectBuilder()
                .add("move", "VERIFY").add("version", version(done)).build()).status(), "owners do not verify");
        JsonObject verified = ok(demo.as("manager").post("/api/action-items/" + id(item) + "/moves",
                Json.createObjectBuilder().add("move", "VERIFY").add("version", version(done)).build()));
        assertEquals("VERIFIED", verified.getString("status"));
    }

    @Test
    void aChangeOverTheApiKeepsTheTextItLeavesOutAndClearsTheTextItEmpties() {
        LocalDateTime start = LocalDateTime.now().plusDays(12).withHour(9).withMinute(0).withSecond(0).withNano(0);
        JsonObject event = ok(demo.as("manager").post("/api/community-events", Json.createObjectBuilder()
                .add("facilityId", home()).add("kind", "SAFETY_FAIR").add("title", "Fair " + unique())
                .add("startsAt", at(start)).add("endsAt", at(start.plusHours(3))).add("location", "Main lobby")
                .add("notes", "Bring the bike unit").add("agencyIds", Json.createArrayBuilder().add(homePolice()))
                .build()));
        String events = "/api/community-events/" + id(event);
        JsonObject retitled = ok(demo.as("manager").put(events, Json.createObjectBuilder()
                .add("title", "Spring safety fair").add("version", version(event)).build()));
        assertEquals("Spring safety fair", retitled.getString("title"));
        assertEquals("Main lobby", retitled.getString("location", ""), "a location left out stays");
        assertEquals("Bring the bike unit", retitled.getString("notes", ""), "notes left out stay");
        assertEquals(at(start), retitled.getString("startsAt").substring(0, 16), "a start left out stays");
        JsonObject moved = ok(demo.as("manager").put(events, Json.createObjectBuilder()
                .add("location", "").add("version", version(retitled)).build()));
        assertEquals("", moved.getString("location", ""), "an empty location clears it");
        assertEquals("Spring safety fair", moved.getString("title"));
        assertInvalid(demo.as("manager").put(events, Json.createObjectBuilder()
                .add("title", " ").add("version", version(moved)).build()), "title");

        JsonObject item = ok(demo.as("manager").post("/api/action-items", Json.createObjectBuilder()
                .add("facilityId", home()).add("title", "Send the roster " + unique()).add("details", "To the watch desk")
                .add("ownerUserId", demo.userId("officer")).add("dueOn", LocalDate.now().plusDays(10).toString())
                .build()));
        String items = "/api/action-items/" + id(item);
        JsonObject renamed = ok(demo.as("manager").put(items, Json.createObjectBuilder()
                .add("title", "Send the night roster").add("version", version(item)).build()));
        assertEquals("To the watch desk", renamed.getString("details", ""), "details left out stay");
        JsonObject cleared = ok(demo.as("manager").put(items, Json.createObjectBuilder()
                .add("details", "").add("version", version(renamed)).build()));
        assertEquals("", cleared.getString("details", ""), "empty details clear them");
        assertEquals("Send the night roster", cleared.getString("title"));
    }

    @Test
    void theDailyReminderTellsEachOwnerOnceHoweverOftenItRuns() {
        String password = "Correct-Horse-Battery-7";
        JsonObject officer = demo.newOfficer(password);
        String soon = "Due soon " + unique();
        String late = "Overdue " + unique();
        for (String[] item : new String[][] {{soon, LocalDate.now().plusDays(2).toString()},
            {late, LocalDate.now().minusDays(1).toString()}}) {
            ok(demo.as("manager").post("/api/action-items", Json.createObjectBuilder().add("facilityId", home())
                    .add("title", item[0]).add("ownerUserId", id(officer)).add("dueOn", item[1]).build()));
        }
        Client admin = demo.as("admin");
        ok(admin.post("/api/action-items/reminders-run", null));
        ok(admin.post("/api/action-items/reminders-run", null));
        ok(admin.post("/api/action-items/reminders-run?date=" + LocalDate.now(), null));
        ok(admin.post("/api/action-items/reminders-run?date=", null)); // an empty date is today's (it was a 500)

        List<String> told = ok(demo.http.as(officer.getString("username"), password).get("/api/notifications?limit=100"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(n -> n.getString("text")).toList();
        assertEquals(1, told.stream().filter(t -> t.contains(soon) && t.contains("is due on")).count(), told.toString());
        assertEquals(1, told.stream().filter(t -> t.contains(late) && t.contains("is overdue")).count(), told.toString());
        assertForbidden(demo.as("manager").post("/api/action-items/reminders-run", null));
    }

    // ---------------------------------------------------------------- roles, scope, validation

    @Test
    void aRoleThatMayNotWriteGets403EvenForAnInvalidBody() {
        JsonObject empty = Json.createObjectBuilder().build();
        JsonObject m = plan(meeting("Roles " + unique(), secondTuesdayAhead(), home(), homePolice()));
        for (String who : List.of("officer", "partner", "auditor")) {
            assertAll(who,
                    () -> assertForbidden(demo.as(who).post("/api/meetings", empty)),
                    () -> assertForbidden(demo.as(who).put("/api/meetings/" + id(m), empty)),
                    () -> assertForbidden(demo.as(who).put("/api/meetings/" + id(m) + "/minutes", empty)),
                    () -> assertForbidden(demo.as(who).post("/api/meetings/" + id(m) + "/cancel", empty)),
                    () -> assertForbidden(demo.as(who).post("/api/action-items", empty)),
                    () -> assertForbidden(demo.as(who).post("/api/community-events", empty)));
        }
        assertForbidden(demo.as("auditor").post("/api/action-items/1/moves", empty));
        assertForbidden(demo.as("partner").post("/api/action-items/1/due", empty));
    }

    @Test
    void anInvalidMeetingItemOrEventIsRefusedWithOneEntryPerField() {
        JsonObject empty = Json.createObjectBuilder().build();
        assertInvalid(demo.as("manager").post("/api/meetings", empty), "facilityId", "title", "startsAt", "endsAt",
                "agencyIds");
        assertInvalid(demo.as("manager").post("/api/meetings", meeting("x", secondTuesdayAhead(), home(), homePolice())
                .add("startsAt", "next tuesday").add("tlp", "PURPLE").build()), "startsAt", "tlp");
        assertInvalid(demo.as("manager").post("/api/action-items", empty), "facilityId", "title", "dueOn",
                "ownerUserId");
        assertInvalid(demo.as("manager").post("/api/community-events", empty), "facilityId", "kind", "title",
                "startsAt", "endsAt", "agencyIds");
        LocalDateTime start = secondTuesdayAhead();
        assertInvalid(demo.as("manager").post("/api/meetings", meeting("x", start, home(), homePolice())
                .add("endsAt", at(start.minusHours(1))).build()), "endsAt");
    }

    @Test
    void anotherHospitalsMeetingIsNotFoundAndItsAgenciesAndPeopleCannotBeAttached() {
        long other = demo.facilityId(ApiFixture.OTHER_HOSPITAL);
        long otherAgency = demo.agencyOnlyTheOtherHospitalWorksWith();
        Reply planned = demo.as("director").post("/api/meetings", meeting("Other " + unique(), secondTuesdayAhead(),
                other, otherAgency).build());
        assertEquals(201, planned.status(), planned.toString());
        long otherMeeting = id(planned.json());
        assertAll(
                () -> assertNotFound(demo.as("manager").get("/api/meetings/" + otherMeeting)),
                () -> assertNotFound(demo.as("officer").get("/api/meetings/" + otherMeeting + ".ics")),
                () -> assertNotFound(demo.as("partner").get("/api/meetings/" + otherMeeting)),
                () -> assertNotFound(demo.as("manager").put("/api/meetings/" + otherMeeting + "/minutes",
                        Json.createObjectBuilder().add("tlp", "GREEN").add("version", 0).build())),
                () -> assertInvalid(demo.as("manager").post("/api/meetings", meeting("x", secondTuesdayAhead(), home(),
                        otherAgency).build()), "agencyIds"),
                () -> assertInvalid(demo.as("manager").post("/api/meetings", meeting("x", secondTuesdayAhead(), other,
                        homePolice()).build()), "facilityId"),
                () -> assertInvalid(demo.as("manager").post("/api/action-items", Json.createObjectBuilder()
                        .add("meetingId", otherMeeting).add("title", "x").add("ownerUserId", demo.userId("officer"))
                        .add("dueOn", LocalDate.now().plusDays(3).toString()).build()), "meetingId"),
                () -> assertInvalid(demo.as("manager").post("/api/action-items", Json.createObjectBuilder()
                        .add("facilityId", home()).add("title", "x").add("ownerUserId", demo.userId("director") + 100_000)
                        .add("dueOn", LocalDate.now().plusDays(3).toString()).build()), "ownerUserId"),
                () -> assertTrue(get("manager", "/api/meetings?limit=200").getJsonArray("items")
                        .getValuesAs(JsonObject.class).stream().allMatch(m -> m.getJsonNumber("facilityId").longValue()
                                == home()), "a manager lists only the home hospital's meetings"));
    }

    @Test
    void aCommunityEventRecordedRecordsAnEngagementWithEachAgency() {
        String title = "Coffee with a cop " + unique();
        LocalDateTime start = LocalDateTime.now().minusHours(5);
        Reply created = demo.as("manager").post("/api/community-events", Json.createObjectBuilder()
                .add("facilityId", home()).add("kind", "COFFEE_WITH_A_COP").add("title", title)
                .add("startsAt", at(start)).add("endsAt", at(start.plusHours(2)))
                .add("agencyIds", Json.createArrayBuilder().add(homePolice())).build());
        assertEquals(201, created.status(), created.toString());
        JsonObject event = created.json();
        JsonObject recorded = ok(demo.as("manager").post("/api/community-events/" + id(event) + "/record",
                Json.createObjectBuilder().add("staffHours", 6).add("publicAttendance", 40)
                        .add("version", version(event)).build()));
        assertFalse(recorded.isNull("recordedAt"));
        assertTrue(get("manager", "/api/engagements?limit=5&facilityId=" + home() + "&agencyId=" + homePolice())
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("summary").equals("Community event: " + title)));
        assertEquals(409, demo.as("manager").post("/api/community-events/" + id(event) + "/record",
                Json.createObjectBuilder().add("version", version(recorded)).build()).status(), "recorded once");
        assertEquals(200, demo.as("partner").get("/api/community-events/" + id(event) + ".ics").status());
    }

    @Test
    void anEventCarriesPhotosCheckedByTypeAndSizeSeenByItsAgencysPartnersAndAudited() throws Exception {
        long event = communityEvent("Night Out " + unique());
        String photos = "/api/community-events/" + event + "/photos";
        Client manager = demo.as("manager");
        byte[] png = png(8, 6);
        Reply added = manager.sendRaw("POST", photos + "?caption=Officers%20at%20the%20grill", "image/png", png,
                "X-File-Name", "C:\\camera\\night-out.png");
        assertEquals(201, added.status(), added.toString());
        JsonObject photo = added.json();
        assertEquals("night-out.png", photo.getString("fileName"));
        assertEquals("image/png", photo.getString("contentType"));
        assertEquals("Officers at the grill", photo.getString("caption"));
        assertEquals(png.length, photo.getJsonNumber("sizeBytes").longValue());
        assertTrue(added.header("Location").orElse("").endsWith(photos + "/" + id(photo)), added.toString());

        assertProblem(415, manager.sendRaw("POST", photos, "image/png",
                "%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII), "X-File-Name", "fake.png"));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, big, 0, png.length);
        assertProblem(413, manager.sendRaw("POST", photos, "image/png", big));
        assertForbidden(demo.as("officer").sendRaw("POST", photos, "image/png", "not even an image".getBytes(
                StandardCharsets.US_ASCII)));
        assertForbidden(demo.as("partner").sendRaw("POST", photos, "image/png", png));

        JsonObject listed = ok(demo.as("partner").get(photos));
        assertEquals(1, listed.getInt("total"), "the partner's agency took part: they see the photos");
        Reply bytes = demo.as("officer").get(photos + "/" + id(photo));
        assertEquals(200, bytes.status(), bytes.toString());
        assertEquals("image/png", bytes.mediaType());
        assertTrue(bytes.body().startsWith("PNG", 1), "the stored bytes come back");
        assertNotFound(demo.as("partner2").get(photos));
        assertNotFound(demo.as("partner2").get(photos + "/" + id(photo)));
        assertNotFound(manager.get("/api/community-events/" + communityEvent("Other " + unique()) + "/photos/"
                + id(photo)));

        assertEquals(204, manager.send("DELETE", demo.http.app(photos + "/" + id(photo)), null, Map.of()).status());
        assertEquals(0, ok(manager.get(photos)).getInt("total"));
        JsonObject audit = ok(demo.as("admin").get("/api/audit?recordType=CommunityEventPhoto&recordId=" + id(photo)));
        assertEquals(List.of("CREATE", "DELETE"), audit.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).sorted().toList(), audit.toString());
    }

    /** A real PNG image of the given size (what a camera or phone would upload, only smaller). */
    static byte[] png(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1f, 0x4e, 0x79));
        g.fillRect(0, 0, width, height);
        g.setColor(new java.awt.Color(0xf2, 0xc1, 0x4e));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private long communityEvent(String title) {
        LocalDateTime start = LocalDateTime.now().minusDays(2).withHour(17);
        Reply created = demo.as("manager").post("/api/community-events", Json.createObjectBuilder()
                .add("facilityId", home()).add("kind", "NATIONAL_NIGHT_OUT").add("title", title)
                .add("startsAt", at(start)).add("endsAt", at(start.plusHours(3)))
                .add("agencyIds", Json.createArrayBuilder().add(homePolice())).build());
        assertEquals(201, created.status(), created.toString());
        return id(created.json());
    }

    @Test
    void theDemoDataHasThreeYearsOfMeetingsWithActionItemsSomeOverdueAndCommunityEvents() {
        JsonObject director = get("director", "/api/meetings?limit=1&to=" + LocalDate.now().minusYears(2)
                .minusMonths(6));
        assertTrue(director.getInt("total") > 100, "meetings two and a half years ago: " + director);
        assertTrue(get("director", "/api/action-items?limit=1&overdue=true").getInt("total") > 0);
        assertTrue(get("director", "/api/meetings?limit=1&awaitingApproval=true").getInt("total") > 0);
        int events = get("director", "/api/community-events?limit=1&from=" + LocalDate.now().minusYears(1) + "&to="
                + LocalDate.now()).getInt("total");
        assertTrue(events >= 40 && events <= 56, "community events in the last year: " + events);
        assertTrue(get("officer", "/api/action-items?mine=true&limit=1").getInt("total") > 0,
                "the demo officer owns action items");
    }



    @Test
    void theMeetingListCostsTheSameStatementsForTwoRowsAsForAHundred() {
        ok(demo.as("director").get("/api/meetings?limit=1")); // warm up: loads the caller's account, starts the count
        Client director = demo.as("director");
        assertEquals(demo.statementsFor(director, "/api/meetings?limit=2"),
                demo.statementsFor(director, "/api/meetings?limit=100"));
    }

    /** Owners (staff or agency people), their roles and agencies are read for the whole page, not per row. */
    @Test
    void theActionItemListCostsTheSameStatementsForTwentyFiveRowsAsForAHundred() {
        ok(demo.as("director").get("/api/action-items?limit=1")); // warm up, as above
        Client director = demo.as("director");
        assertEquals(demo.statementsFor(director, "/api/action-items?limit=25"),
                demo.statementsFor(director, "/api/action-items?limit=100"));
    }

    @Test
    void theCalendarEndpointsAreInTheOpenApiDocument() {
        String document = demo.http.anonymous().getRoot("/openapi").body();
        for (String path : List.of("/api/meetings", "/api/meetings/{id}.ics", "/api/meetings/{id}/minutes",
                "/api/action-items", "/api/community-events", "/api/calendar/feed/{token}.ics")) {
            assertTrue(document.contains(path + ":") || document.contains("\"" + path + "\""), path);
        }
    }

    // ---------------------------------------------------------------- the browser story

    private Browser browser() {
        return Browser.open(deployed, false);
    }

    @Test
    void aManagerRecordsAMeetingAsHeldWritesMinutesAndGivesTheOfficerAnActionItemTheOfficerSeesIt() {
        String title = "Liaison meeting " + unique();
        JsonObject m = plan(meeting(title, LocalDateTime.now().minusHours(2), home(), homePolice())
                .add("staffIds", Json.createArrayBuilder().add(demo.userId("manager")).add(demo.userId("officer"))));
        String item = "Send the ED floor plan " + unique();
        try (Browser b = browser()) {
            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            MeetingPage page = MeetingPage.open(b, id(m));
            assertEquals("Planned", page.status());
            b.lookAtBothSizes("meeting-planned");
            page.recordAsHeld()
                    .writeMinutes("Walk-through", "Agreed a joint walk-through of the ED.\n- Radio channel TAC-2",
                            "Reviewed last month.")
                    .addActionItem(item, "Owen Officer", LocalDate.now().plusDays(10).toString());
            MeetingPage.open(b, id(m)); // afresh, without the success messages
            b.lookAtBothSizes("meeting-held-with-minutes");
            b.go("/calendar/index");
            b.waiting().until(d -> !d.findElements(By.cssSelector("#calendar\\:schedule .fc-event")).isEmpty());
            b.lookAtBothSizes("calendar-manager");
            b.go("/meetings/index");
            b.waiting().until(d -> !d.findElements(By.id("meetings:table")).isEmpty());
            b.lookAtBothSizes("meetings-list");
            b.go("/");
            b.lookAtBothSizes("home-manager-calendar");
            HomePage.signOut(b);

            LoginPage.open(b).signInAs("officer", ApiFixture.PASSWORD);
            MyActionItemsPage mine = MyActionItemsPage.open(b);
            assertTrue(mine.titles().contains(item), mine.titles().toString());
            b.lookAtBothSizes("my-action-items");
        }
        JsonObject minutes = get("manager", "/api/meetings/" + id(m) + "/minutes");
        String decisions = minutes.getString("decisions");
        assertTrue(decisions.contains("<strong>Walk-through</strong>"), "bold from the toolbar: " + decisions);
        assertTrue(decisions.matches("(?s).*<ul>\\s*<li>Radio channel TAC-2</li>\\s*</ul>.*"),
                "\"- \" typed at a line's start makes a bulleted list: " + decisions);
    }

    @Test
    void redMinutesAreNeitherReplacedNorApprovedBySomeoneTheLabelLeavesOut() {
        JsonObject red = heldMeetingWithManagerAttending("RED");
        Client director = demo.as("director"); // sees every hospital, but is not named on this meeting

        Reply replaced = director.put("/api/meetings/" + id(red) + "/minutes", Json.createObjectBuilder()
                .add("tlp", "GREEN").add("decisions", "<p>Overwritten</p>").add("version", version(red)).build());
        Reply approved = director.post("/api/meetings/" + id(red) + "/approve-minutes",
                Json.createObjectBuilder().add("version", version(red)).build());

        assertNotFound(replaced);
        assertNotFound(approved);
        JsonObject minutes = get("manager", "/api/meetings/" + id(red) + "/minutes");
        assertEquals("RED", minutes.getString("tlp"));
        assertTrue(minutes.getString("decisions").contains("Decided RED"), minutes.toString());
        assertEquals("HELD", get("manager", "/api/meetings/" + id(red)).getString("status"));
    }

    /**
     * Two people write the minutes at once. The one who saves second keeps what they typed, sees the other's minutes
     * above the editors, cannot approve until they settle it, and replaces them only by saving again.
     */
    @Test
    void minutesSavedMeanwhileAreShownBesideYoursWhichStayAndOnlyASecondSaveReplacesThem() {
        JsonObject m = plan(meeting("Minutes race " + unique(), LocalDateTime.now().minusHours(3), home(),
                homePolice()).add("staffIds", Json.createArrayBuilder().add(demo.userId("manager"))));
        JsonObject held = ok(demo.as("manager").post("/api/meetings/" + id(m) + "/held",
                Json.createObjectBuilder().add("version", version(m)).build()));
        try (Browser b = browser()) {
            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            MeetingPage page = MeetingPage.open(b, id(m));
            ok(demo.as("director").put("/api/meetings/" + id(m) + "/minutes", Json.createObjectBuilder()
                    .add("tlp", "GREEN").add("decisions", "<p>Theirs: escort route B</p>")
                    .add("version", version(held)).build()));

            page.saveDecisions("Mine: escort route A").says("Someone else saved these minutes");
            assertTrue(page.theirDecisions().contains("Theirs: escort route B"), page.theirDecisions());
            assertTrue(page.decisionsInEditor().contains("Mine: escort route A"), page.decisionsInEditor());
            b.lookAtBothSizes("meeting-minutes-conflict");
            page.approveMinutes().says("Save your minutes");
            assertEquals("HELD", get("manager", "/api/meetings/" + id(m)).getString("status"));

            page.saveMinutes().says("minutes are saved");
        }
        String decisions = get("manager", "/api/meetings/" + id(m) + "/minutes").getString("decisions");
        assertTrue(decisions.contains("Mine: escort route A") && !decisions.contains("Theirs"), decisions);
    }

    @Test
    void aManagerAddsAPhotoToAnEventAndDragsAMeetingToTheNextDayOnceConfirmedWhileAnOfficerCannotDrag()
            throws Exception {
        long event = communityEvent("Safety fair " + unique());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("safety-fair", ".png");
        java.nio.file.Files.write(file, png(640, 400));
        String title = "Drag me " + unique();
        LocalDateTime start = LocalDate.now().plusDays(1).atTime(7, 0);
        JsonObject m = plan(meeting(title, start, home(), homePolice()));
        By entry = By.xpath("//*[contains(@class,'fc-event')][.//*[text()='" + title + "']]");
        try (Browser b = browser()) {
            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            b.go("/events/view?id=" + event);
            b.driver().findElement(By.cssSelector("#add-photo input[type='file']")).sendKeys(file.toString());
            b.driver().findElement(By.id("add-photo:caption")).sendKeys("Officers at the safety fair");
            b.driver().findElement(By.id("add-photo:add")).click();
            b.waiting().until(d -> !d.findElements(By.cssSelector(".photo-grid img")).isEmpty());
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) b.driver();
            b.waiting().until(d -> Long.valueOf(640).equals(js.executeScript(
                    "var i = document.querySelector('.photo-grid img'); return i.complete ? i.naturalWidth : 0;")));
            assertEquals("Officers at the safety fair", b.driver().findElement(By.cssSelector(".photo-grid img"))
                    .getAttribute("alt"));
            b.lookAtBothSizes("event-with-photo");

            b.go("/calendar/index");
            WebElement dragged = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(entry));
            assertTrue(dragged.getAttribute("class").contains("fc-event-draggable"), "a planner may drag it");
            WebElement nextDay = b.driver().findElement(By.cssSelector("td.fc-daygrid-day[data-date='"
                    + start.toLocalDate().plusDays(1) + "']"));
            new Actions(b.driver()).clickAndHold(dragged).moveByOffset(6, 6).moveToElement(nextDay)
                    .moveByOffset(2, 2).release().perform();
            WebElement yes = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("move-form:move-yes")));
            assertTrue(b.driver().findElement(By.id("move-form:confirm-move")).getText().contains(title),
                    "the confirmation names the meeting");
            assertEquals(at(start), get("manager", "/api/meetings/" + id(m)).getString("startsAt").substring(0, 16),
                    "nothing moves before the planner confirms");
            b.screenshot("calendar-move-confirm");
            yes.click();
            b.waiting().until(d -> get("manager", "/api/meetings/" + id(m)).getString("startsAt")
                    .startsWith(at(start.plusDays(1))));

            // dragged back, but someone else sets another time before the planner confirms: theirs stays
            b.go("/calendar/index");
            WebElement again = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(entry));
            WebElement firstDay = b.driver().findElement(By.cssSelector("td.fc-daygrid-day[data-date='"
                    + start.toLocalDate() + "']"));
            new Actions(b.driver()).clickAndHold(again).moveByOffset(6, 6).moveToElement(firstDay)
                    .moveByOffset(2, 2).release().perform();
            WebElement confirm = b.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("move-form:move-yes")));
            JsonObject current = get("manager", "/api/meetings/" + id(m));
            ok(demo.as("director").put("/api/meetings/" + id(m) + "/schedule", Json.createObjectBuilder()
                    .add("startsAt", at(start.plusDays(3)))
                    .add("endsAt", at(LocalDateTime.parse(current.getString("endsAt")).plusDays(2)))
                    .add("version", current.getInt("version")).build()));
            confirm.click();
            b.waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Someone else changed"));
            assertTrue(get("manager", "/api/meetings/" + id(m)).getString("startsAt").startsWith(at(start.plusDays(3))),
                    "the director's time is not overwritten");
            HomePage.signOut(b);

            LoginPage.open(b).signInAs("officer", ApiFixture.PASSWORD);
            b.go("/calendar/index");
            WebElement seen = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(entry));
            assertFalse(seen.getAttribute("class").contains("fc-event-draggable"), "an officer cannot drag it");
            // the "Show" boxes say what is shown: all ticked at first; unticking meetings hides the meeting
            assertTrue(b.driver().findElements(By.cssSelector("[id='calendar:kinds'] input[type='checkbox']")).stream()
                    .allMatch(WebElement::isSelected), "every kind shown is ticked");
            By meetingsBox = By.xpath("//*[@id='calendar:kinds']//label[normalize-space()='Meetings']");
            b.driver().findElement(meetingsBox).click();
            b.waiting().until(ExpectedConditions.invisibilityOfElementLocated(entry));
            b.driver().findElement(meetingsBox).click();
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(entry));
            b.go("/events/view?id=" + event);
            assertTrue(b.driver().findElements(By.id("add-photo")).isEmpty(), "an officer adds no photos");
            assertEquals(1, b.driver().findElements(By.cssSelector(".photo-grid img")).size(), "but sees them");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void theDirectorsHomeShowsMeetingsHeldAgainstPlanMinutesAwaitingApprovalAndActionItems() {
        try (Browser b = browser()) {
            LoginPage.open(b).signInAs("director", ApiFixture.PASSWORD);
            assertFalse(b.driver().findElements(By.cssSelector("#meetings-by-facility li")).isEmpty());
            assertTrue(Integer.parseInt(b.driver().findElement(By.id("minutes-awaiting")).getText()) > 0);
            b.lookAtBothSizes("home-director-calendar");
            b.driver().findElement(By.linkText("Overdue items")).click();
            b.waiting().until(d -> d.getCurrentUrl().contains("overdue=true"));
            b.waiting().until(d -> !d.findElements(By.cssSelector("#items\\:table .row-overdue")).isEmpty());
            b.lookAtBothSizes("action-items-overdue");
        }
    }
}
