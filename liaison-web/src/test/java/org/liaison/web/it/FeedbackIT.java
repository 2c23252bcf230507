package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.web.it.ApiFixture.assertForbidden;
import static org.liaison.web.it.ApiFixture.assertInvalid;
import static org.liaison.web.it.ApiFixture.assertNotFound;
import static org.liaison.web.it.ApiFixture.assertProblem;
import static org.liaison.web.it.ApiFixture.id;
import static org.liaison.web.it.ApiFixture.ok;
import static org.liaison.web.it.ApiFixture.unique;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.HomePage;
import org.liaison.web.it.pages.IncidentPage;
import org.liaison.web.it.pages.IncidentRecordForm;
import org.liaison.web.it.pages.LoginPage;
import org.liaison.web.it.pages.ReviewPage;

/**
 * Feedback workflows against the real WAR and the demo data: incidents and their response times, reviews through
 * their lifecycle with the agency's side, improvement plans, repeat findings, the reminders, and the story an officer,
 * a manager, a partner and a director live in the browser. Each test records its own incidents and reviews.
 */
@RunAsClient
class FeedbackIT extends ApiTest {

    private static final LocalDateTime NOW = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);

    // ---------------------------------------------------------------- helpers

    private JsonObjectBuilder incidentBody(long facility, long agency, LocalDateTime at, String location) {
        return Json.createObjectBuilder().add("facilityId", facility).add("agencyId", agency)
                .add("location", location).add("occurredAt", at.toString()).add("category", "ASSAULT_ON_STAFF")
                .add("summary", "Patient struck a nurse in triage").add("policeRequestedAt", at.plusMinutes(1).toString());
    }

    private JsonObject incident(String who, long facility, long agency, LocalDateTime at) {
        return ok(demo.as(who).post("/api/incidents", incidentBody(facility, agency, at, "ED bay " + unique()).build()));
    }

    private JsonObject incidentWithResponse(long facility, long agency, LocalDateTime at, int responseMinutes) {
        JsonObject body = incidentBody(facility, agency, at, "Lobby " + unique())
                .add("policeArrivedAt", at.plusMinutes(1 + responseMinutes).toString()).build();
        return ok(demo.as("manager").post("/api/incidents", body));
    }

    private long homeFacility() {
        return demo.facilityId(ApiFixture.HOME_HOSPITAL);
    }

    private long partnerAgency() {
        return demo.agencyNamed(ApiFixture.PARTNER_AGENCY);
    }

    private JsonObject openReview(String who, long incidentId) {
        Reply reply = demo.as(who).post("/api/reviews", Json.createObjectBuilder().add("incidentId", incidentId).build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private JsonObject review(String who, long id) {
        return ok(demo.as(who).get("/api/reviews/" + id));
    }

    private JsonObject finding(long review, String kind, String capability, String rating) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("kind", kind).add("text", "Finding " + unique());
        if (capability != null) {
            body.add("capability", capability);
        }
        if (rating != null) {
            body.add("rating", rating);
        }
        return ok(demo.as("manager").post("/api/reviews/" + review + "/findings", body.build()));
    }

    private Reply move(String who, long review, String move) {
        int version = review("director", review).getInt("version");
        return demo.as(who).post("/api/reviews/" + review + "/transitions", Json.createObjectBuilder()
                .add("move", move).add("version", version).build());
    }

    /** A review of the home hospital's incident with the partner's agency, in agency input, with one strength. */
    private long reviewAwaitingInput() {
        long review = id(openReview("manager", id(incident("manager", homeFacility(), partnerAgency(), NOW))));
        finding(review, "STRENGTH", "OPERATIONAL_COORDINATION", "P");
        assertEquals(200, move("manager", review, "REQUEST_AGENCY_INPUT").status());
        return review;
    }

    private long approvedReview() {
        long review = reviewAwaitingInput();
        assertEquals(200, move("director", review, "APPROVE").status());
        return review;
    }

    private JsonObject action(long review, LocalDate start, LocalDate due, Long ownerId) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("issue", "Radios could not reach dispatch")
                .add("action", "Program the police talkgroup " + unique()).add("element", "EQUIPMENT")
                .add("responsibleOrganisation", "Security department").add("contactName", "Radio shop")
                .add("startOn", start.toString()).add("dueOn", due.toString());
        if (ownerId != null) {
            body.add("ownerId", ownerId);
        }
        Reply reply = demo.as("manager").post("/api/reviews/" + review + "/corrective-actions", body.build());
        assertEquals(201, reply.status(), reply.toString());
        assertTrue(reply.header("Location").orElse("").matches(".*/api/corrective-actions/\\d+"), reply.toString());
        return reply.json();
    }

    private Reply actionMove(String who, long action, String move, String reason) {
        int version = ok(demo.as("director").get("/api/corrective-actions/" + action)).getInt("version");
        JsonObjectBuilder body = Json.createObjectBuilder().add("move", move).add("version", version);
        if (reason != null) {
            body.add("reason", reason);
        }
        return demo.as(who).post("/api/corrective-actions/" + action + "/transitions", body.build());
    }


    // ---------------------------------------------------------------- roles, validation, scope, versions

    @Test
    void theRoleCheckComesBeforeTheBody() {
        JsonObject invalid = Json.createObjectBuilder().add("location", "").build();
        long review = reviewAwaitingInput();
        assertAll(
                () -> assertForbidden(demo.as("partner").post("/api/incidents", invalid)),
                () -> assertForbidden(demo.as("auditor").post("/api/incidents", invalid)),
                () -> assertForbidden(demo.as("admin").post("/api/incidents", invalid)),
                () -> assertForbidden(demo.as("partner").get("/api/incidents")),
                () -> assertForbidden(demo.as("officer").get("/api/incidents/response-times")),
                () -> assertForbidden(demo.as("officer").put("/api/incidents/1", invalid)),
                () -> assertForbidden(demo.as("officer").post("/api/reviews", invalid)),
                () -> assertForbidden(demo.as("partner").post("/api/reviews", invalid)),
                () -> assertForbidden(demo.as("partner").put("/api/reviews/" + review, invalid)),
                () -> assertForbidden(demo.as("partner").post("/api/reviews/" + review + "/findings", invalid)),
                () -> assertForbidden(demo.as("manager").post("/api/reviews/" + review + "/comments", invalid)),
                () -> assertForbidden(demo.as("auditor").post("/api/reviews/" + review + "/transitions", invalid)),
                () -> assertForbidden(demo.as("officer").post("/api/reviews/" + review + "/corrective-actions",
                        invalid)),
                () -> assertForbidden(demo.as("officer").post("/api/corrective-actions/1/due-date", invalid)),
                () -> assertForbidden(demo.as("manager").post("/api/corrective-actions/reminder-run", null)));
    }

    @Test
    void anIncidentWithoutItsEssentialsIsRefusedFieldByField() {
        assertInvalid(demo.as("officer").post("/api/incidents", Json.createObjectBuilder().add("category", "FIRE")
                        .add("occurredAt", "yesterday").build()),
                "facilityId", "agencyId", "category", "occurredAt", "location", "summary");
        Reply outOfOrder = demo.as("officer").post("/api/incidents", incidentBody(homeFacility(), partnerAgency(), NOW,
                "Lobby").add("policeArrivedAt", NOW.minusMinutes(5).toString()).build());
        assertInvalid(outOfOrder, "policeArrivedAt");
    }

    @Test
    void anotherHospitalsIncidentsAndAgenciesAreOutOfTheManagersScope() {
        long other = demo.facilityId(ApiFixture.OTHER_HOSPITAL);
        long theirAgency = demo.agencyOnlyTheOtherHospitalWorksWith();
        JsonObject theirs = incident("director", other, theirAgency, NOW);
        assertAll(
                () -> assertNotFound(demo.as("manager").get("/api/incidents/" + id(theirs))),
                () -> assertNotFound(demo.as("officer").get("/api/incidents/" + id(theirs))),
                () -> assertInvalid(demo.as("manager").post("/api/reviews", Json.createObjectBuilder()
                        .add("incidentId", id(theirs)).build()), "incidentId"),
                () -> assertInvalid(demo.as("officer").post("/api/incidents", incidentBody(other, partnerAgency(), NOW,
                        "Lobby").build()), "facilityId"),
                () -> assertInvalid(demo.as("officer").post("/api/incidents", incidentBody(homeFacility(), theirAgency,
                        NOW, "Lobby").build()), "agencyId"),
                () -> assertFalse(ApiFixture.ids(ok(demo.as("manager").get("/api/incidents?limit=200")))
                        .contains(id(theirs))));
        long theirReview = id(openReview("director", id(theirs)));
        assertNotFound(demo.as("manager").get("/api/reviews/" + theirReview));
        assertNotFound(demo.as("manager").get("/api/reviews/" + theirReview + "/aar.pdf"));
    }

    @Test
    void anIncidentKeepsItsReviewDecisionAndAStaleCompletionIsRefused() {
        JsonObject recorded = incident("officer", homeFacility(), partnerAgency(), NOW.minusHours(2));
        assertEquals("officer", recorded.getString("recordedBy"));
        assertTrue(recorded.getBoolean("reviewRequired"));
        Reply waivedWithoutReason = demo.as("manager").post("/api/incidents/" + id(recorded) + "/review-waiver",
                Json.createObjectBuilder().add("reason", " ").add("version", recorded.getInt("version")).build());
        assertInvalid(waivedWithoutReason, "reason");
        JsonObject completed = ok(demo.as("manager").put("/api/incidents/" + id(recorded),
                incidentBody(homeFacility(), partnerAgency(), NOW.minusHours(2), "ED triage")
                        .add("policeArrivedAt", NOW.minusHours(2).plusMinutes(9).toString())
                        .add("policeClearedAt", NOW.minusHours(1).toString()).add("caseNumber", "2026-004417")
                        .add("respondingOfficers", "Ofc. Lopez #4417").add("violenceType", 2)
                        .add("version", recorded.getInt("version")).build()));
        assertAll(() -> assertTrue(completed.getBoolean("completed")),
                () -> assertEquals(8, completed.getInt("responseMinutes")),
                () -> assertEquals(51, completed.getInt("onSceneMinutes")));
        assertProblem(409, demo.as("manager").put("/api/incidents/" + id(recorded), incidentBody(homeFacility(),
                partnerAgency(), NOW, "ED").add("version", recorded.getInt("version")).build()));
        JsonObject waived = ok(demo.as("manager").post("/api/incidents/" + id(recorded) + "/review-waiver",
                Json.createObjectBuilder().add("reason", "Custody escort without incident")
                        .add("version", completed.getInt("version")).build()));
        assertFalse(waived.getBoolean("reviewRequired"));
        assertProblem(409, demo.as("manager").post("/api/reviews", Json.createObjectBuilder()
                .add("incidentId", id(recorded)).build()));
    }

    // ---------------------------------------------------------------- the review and the agency's side

    @Test
    void partnersSeeTheirAgencysReviewFromAgencyInputAndAddTheirSideMarkedAsTheirs() {
        long review = id(openReview("manager", id(incident("manager", homeFacility(), partnerAgency(), NOW))));
        finding(review, "AREA_FOR_IMPROVEMENT", "OPERATIONAL_COMMUNICATIONS", "M");
        assertNotFound(demo.as("partner").get("/api/reviews/" + review));
        assertEquals(200, move("manager", review, "REQUEST_AGENCY_INPUT").status());

        assertTrue(ApiFixture.ids(ok(demo.as("partner").get("/api/reviews?status=AGENCY_INPUT&limit=200")))
                .contains(review));
        Reply added = demo.as("partner").post("/api/reviews/" + review + "/comments",
                Json.createObjectBuilder().add("text", "Our units staged at the north entrance").build());
        assertEquals(201, added.status(), added.toString());
        JsonObject comment = added.json();
        assertAll(() -> assertEquals("AGENCY", comment.getString("side")),
                () -> assertEquals(ApiFixture.PARTNER_AGENCY, comment.getString("agencyName")),
                () -> assertEquals("partner", comment.getString("author")));

        // another partner of the same agency cannot change it; a partner of another agency does not see the review
        String samePassword = "Correct-Horse-" + unique();
        String colleague = "it.partner." + unique();
        ok(demo.as("admin").post("/api/users", Json.createObjectBuilder().add("username", colleague)
                .add("displayName", "Colleague").add("roles", Json.createArrayBuilder().add("PARTNER"))
                .add("partnerAgencyId", partnerAgency()).add("password", samePassword).build()));
        String stranger = "it.partner." + unique();
        ok(demo.as("admin").post("/api/users", Json.createObjectBuilder().add("username", stranger)
                .add("displayName", "Stranger").add("roles", Json.createArrayBuilder().add("PARTNER"))
                .add("partnerAgencyId", demo.agencyOnlyTheOtherHospitalWorksWith()).add("password", samePassword)
                .build()));
        Client other = demo.http.as(stranger, samePassword);
        assertAll(
                () -> assertProblem(409, demo.http.as(colleague, samePassword).put("/api/reviews/" + review
                        + "/comments/" + id(comment), Json.createObjectBuilder().add("text", "changed").build())),
                () -> assertNotFound(other.get("/api/reviews/" + review)),
                () -> assertNotFound(other.post("/api/reviews/" + review + "/comments",
                        Json.createObjectBuilder().add("text", "not ours").build())),
                () -> assertFalse(ApiFixture.ids(ok(other.get("/api/reviews?limit=200"))).contains(review)));
        ok(demo.as("partner").put("/api/reviews/" + review + "/comments/" + id(comment),
                Json.createObjectBuilder().add("text", "Our units staged at the north entrance; it was locked").build()));
        JsonObject seen = review("manager", review);
        assertEquals("Our units staged at the north entrance; it was locked",
                seen.getJsonArray("comments").getJsonObject(0).getString("text"));

        // a stale change and an illegal move answer 409; approval closes the agency's input
        assertProblem(409, demo.as("manager").put("/api/reviews/" + review, Json.createObjectBuilder()
                .add("title", "Stale").add("version", seen.getInt("version") - 1).build()));
        assertProblem(409, move("manager", review, "CLOSE"));
        assertEquals(200, move("manager", review, "APPROVE").status(), "the facility's manager approves");
        assertProblem(409, demo.as("partner").post("/api/reviews/" + review + "/comments",
                Json.createObjectBuilder().add("text", "too late").build()));
        byte[] pdf = bytes("partner", "/api/reviews/" + review + "/aar.pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    // ---------------------------------------------------------------- the improvement plan

    @Test
    void anActionIsGivenOnlyToAnAgencyOfItsReview() {
        long review = approvedReview();
        JsonArray agencyIds = ok(demo.as("manager").get("/api/reviews/" + review)).getJsonArray("agencyIds");
        long stranger = ApiFixture.id(ApiFixture.newAgency(demo.as("manager"), demo.facilityId(ApiFixture.HOME_HOSPITAL)));
        java.util.function.LongFunction<JsonObject> givenTo = agency -> Json.createObjectBuilder()
                .add("issue", "Radios could not reach dispatch").add("action", "Program the talkgroup " + unique())
                .add("element", "EQUIPMENT").add("responsibleOrganisation", "County radio shop")
                .add("startOn", LocalDate.now().toString()).add("dueOn", LocalDate.now().plusDays(30).toString())
                .add("responsibleAgencyId", agency).build();
        // an agency not of the review could not see the action given to it
        assertInvalid(demo.as("manager").post("/api/reviews/" + review + "/corrective-actions",
                givenTo.apply(stranger)), "responsibleAgencyId");
        Reply given = demo.as("manager").post("/api/reviews/" + review + "/corrective-actions",
                givenTo.apply(agencyIds.getJsonNumber(0).longValue()));
        assertEquals(201, given.status(), given.toString());
    }

    @Test
    void aCorrectiveActionsDueDateMovesWithAReasonKeepsTheOriginalAndTheReviewClosesOnlyWhenAllAreSettled() {
        long review = approvedReview();
        LocalDate today = LocalDate.now();
        JsonObject first = action(review, today, today.plusDays(30), null);
        JsonObject late = action(review, today.minusDays(40), today.minusDays(1), null);
        assertAll(() -> assertFalse(first.getBoolean("overdue")), () -> assertTrue(late.getBoolean("overdue")),
                () -> assertTrue(ApiFixture.ids(ok(demo.as("manager").get("/api/corrective-actions?progress=OVERDUE"
                        + "&reviewId=" + review))).contains(id(late))));

        assertInvalid(demo.as("manager").post("/api/corrective-actions/" + id(first) + "/due-date",
                Json.createObjectBuilder().add("dueOn", today.plusDays(60).toString()).add("reason", "")
                        .add("version", first.getInt("version")).build()), "reason");
        JsonObject moved = ok(demo.as("manager").post("/api/corrective-actions/" + id(first) + "/due-date",
                Json.createObjectBuilder().add("dueOn", today.plusDays(60).toString())
                        .add("reason", "Radios arrive next month").add("version", first.getInt("version")).build()));
        assertAll(() -> assertEquals(today.plusDays(60).toString(), moved.getString("dueOn")),
                () -> assertEquals(today.plusDays(30).toString(), moved.getString("originalDueOn")),
                () -> assertEquals("Radios arrive next month", moved.getString("dueMoveReason")));
        String trail = ok(demo.as("auditor").get("/api/audit?recordType=CorrectiveAction&recordId=" + id(first)))
                .toString();
        assertTrue(trail.contains("Radios arrive next month"), trail);

        assertEquals(200, move("manager", review, "START_TRACKING").status());
        assertProblem(409, move("manager", review, "CLOSE"));
        assertProblem(409, actionMove("manager", id(first), "VERIFY", null)); // complete before verifying
        assertEquals(200, actionMove("manager", id(first), "ACCEPT", null).status());
        assertEquals(200, actionMove("manager", id(first), "COMPLETE", null).status());
        assertForbidden(actionMove("officer", id(first), "VERIFY", null));
        assertEquals(200, actionMove("manager", id(first), "VERIFY", null).status());
        assertInvalid(actionMove("manager", id(late), "DEFER", ""), "reason");
        assertEquals(200, actionMove("manager", id(late), "DEFER", "Folded into next year's radio budget").status());
        JsonObject closed = ok(move("manager", review, "CLOSE"));
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(2, ok(demo.as("manager").get("/api/reviews/" + review + "/corrective-actions")).getInt("total"));
    }

    @Test
    void aFindingAnActionOfThePlanFixesStaysInTheReviewWhileAnotherIsRemoved() {
        long review = reviewAwaitingInput(); // while the agency adds its side, both planning and removing are open
        JsonObject gap = finding(review, "AREA_FOR_IMPROVEMENT", "OPERATIONAL_COMMUNICATIONS", "M");
        JsonObject spare = finding(review, "OBSERVATION", null, null);
        Reply planned = demo.as("manager").post("/api/reviews/" + review + "/corrective-actions",
                Json.createObjectBuilder().add("findingId", id(gap)).add("issue", "Radios could not reach dispatch")
                        .add("action", "Program the police talkgroup " + unique()).add("element", "EQUIPMENT")
                        .add("responsibleOrganisation", "Security department")
                        .add("startOn", LocalDate.now().toString()).add("dueOn", LocalDate.now().plusDays(30).toString())
                        .build());
        assertEquals(201, planned.status(), planned.toString());

        Reply kept = demo.as("manager").send("DELETE", demo.http.app("/api/reviews/" + review + "/findings/"
                + id(gap)), null, Map.of());
        assertProblem(409, kept);
        assertTrue(kept.body().contains("fixes this finding"), kept.toString());
        assertEquals(204, demo.as("manager").send("DELETE", demo.http.app("/api/reviews/" + review + "/findings/"
                + id(spare)), null, Map.of()).status());
        List<Long> left = review("manager", review).getJsonArray("findings").stream()
                .map(f -> f.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(left.contains(id(gap)) && !left.contains(id(spare)), left.toString());
    }

    @Test
    void theDailyRemindersTellAnOwnerOnceADay() {
        long review = approvedReview();
        long officer = demo.userId("officer");
        JsonObject soon = action(review, LocalDate.now(), LocalDate.now().plusDays(3), officer);
        JsonObject first = ok(demo.as("admin").post("/api/corrective-actions/reminder-run", null));
        JsonObject second = ok(demo.as("admin").post("/api/corrective-actions/reminder-run", null));
        String officerNotes = ok(demo.as("officer").get("/api/notifications?limit=200")).toString();
        assertAll(() -> assertTrue(first.getInt("actions") >= 1, first.toString()),
                () -> assertEquals(0, second.getInt("actions"), "a second run the same day reminds nobody"),
                () -> assertEquals(0, second.getInt("reviews")),
                () -> assertEquals(1, officerNotes.split(java.util.regex.Pattern.quote(soon.getString("action")), -1)
                        .length - 1, officerNotes));
    }

    // ---------------------------------------------------------------- figures computed in SQL

    @Test
    void repeatFindingsAreFlaggedOnBothReviewsWithin24MonthsOnly() {
        long home = homeFacility();
        long first = id(openReview("manager", id(incident("manager", home, partnerAgency(), NOW.minusMonths(20)))));
        finding(first, "AREA_FOR_IMPROVEMENT", "MASS_CARE_SERVICES", "S");
        assertFalse(review("manager", first).getJsonArray("findings").getJsonObject(0).getBoolean("repeat"));
        long second = id(openReview("manager", id(incident("manager", home, partnerAgency(), NOW))));
        finding(second, "AREA_FOR_IMPROVEMENT", "MASS_CARE_SERVICES", "M");
        finding(second, "STRENGTH", "MASS_CARE_SERVICES", "P");
        long old = id(openReview("manager", id(incident("manager", home, partnerAgency(), NOW.minusMonths(30)))));
        finding(old, "AREA_FOR_IMPROVEMENT", "PUBLIC_INFORMATION_AND_WARNING", "S");
        long recent = id(openReview("manager", id(incident("manager", home, partnerAgency(), NOW))));
        finding(recent, "AREA_FOR_IMPROVEMENT", "PUBLIC_INFORMATION_AND_WARNING", "S");
        assertAll(
                () -> assertEquals(List.of("MASS_CARE_SERVICES"), repeats(first)),
                () -> assertEquals(List.of("MASS_CARE_SERVICES"), repeats(second)),
                () -> assertEquals(List.of(), repeats(old), "30 months apart is not a repeat"),
                () -> assertTrue(ApiFixture.ids(ok(demo.as("manager").get("/api/reviews?repeat=true&limit=200")))
                        .containsAll(List.of(first, second))));
    }

    private List<String> repeats(long review) {
        return review("manager", review).getJsonArray("repeatCapabilities").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void responseTimesByAgencyMatchTheHandComputedMedianAndNinetiethPercentile() {
        long home = homeFacility();
        long agency = id(ApiFixture.newAgency(demo.as("manager"), home));
        for (int minutes : new int[] {15, 4, 10, 7, 6}) {
            incidentWithResponse(home, agency, NOW.minusDays(minutes), minutes);
        }
        JsonObject times = ok(demo.as("director").get("/api/incidents/response-times?agencyId=" + agency));
        JsonObject row = times.getJsonArray("items").getJsonObject(0);
        // sorted 4, 6, 7, 10, 15: the median is the middle one; the 90th percentile lies 0.6 of the way from the
        // 4th (10) to the 5th (15), at rank 0.9 × (5 − 1) = 3.6
        assertAll(() -> assertEquals(1, times.getInt("total")), () -> assertEquals(5, row.getInt("incidents")),
                () -> assertEquals(7.0, row.getJsonNumber("medianMinutes").doubleValue(), 0.001),
                () -> assertEquals(13.0, row.getJsonNumber("p90Minutes").doubleValue(), 0.001));
    }

    @Test
    void theCorrectiveActionListCostsTheSameStatementsForTwoRowsAsForFifty() {
        Client director = demo.as("director");
        long two = demo.statementsFor(director, "/api/corrective-actions?limit=2");
        long fifty = demo.statementsFor(director, "/api/corrective-actions?limit=50");
        List<JsonObject> rows = ok(director.get("/api/corrective-actions?limit=50")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(50, rows.size());
        assertTrue(rows.stream().filter(r -> !r.isNull("ownerId")).map(r -> r.get("ownerId")).distinct().count() > 2,
                "the page names several owners");
        assertEquals(two, fifty, "statements for a page of 2 corrective actions vs a page of 50");
    }

    @Test
    void theReviewListCostsTheSameStatementsForTwoRowsAsForFifty() {
        long two = demo.statementsFor(demo.as("director"), "/api/reviews?limit=2");
        long fifty = demo.statementsFor(demo.as("director"), "/api/reviews?limit=50");
        assertEquals(50, ok(demo.as("director").get("/api/reviews?limit=50")).getJsonArray("items").size());
        assertEquals(two, fifty, "statements for a page of 2 reviews vs a page of 50");
    }

    /** The list reads reviews alone in index order and their hospitals by batch: the order and names must hold. */
    @Test
    void theReviewListCountsEachReviewsActionsOpenAndOverdue() {
        long review = approvedReview();
        LocalDate today = LocalDate.now();
        action(review, today, today.plusDays(30), null);
        action(review, today.minusDays(40), today.minusDays(1), null);
        JsonObject done = action(review, today.minusDays(10), today.plusDays(5), null);
        assertEquals(200, move("manager", review, "START_TRACKING").status());
        assertEquals(200, actionMove("manager", id(done), "ACCEPT", null).status());
        assertEquals(200, actionMove("manager", id(done), "COMPLETE", null).status());
        JsonObject row = ok(demo.as("manager").get("/api/reviews?limit=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> id(r) == review).findFirst().orElseThrow();
        assertAll(() -> assertEquals(3, row.getInt("actions")), () -> assertEquals(2, row.getInt("openActions")),
                () -> assertEquals(1, row.getInt("overdueActions")));
    }

    @Test
    void theReviewListIsNewestFirstAndNamesEachReviewsHospital() {
        for (String who : List.of("director", "manager")) {
            List<JsonObject> rows = ok(demo.as(who).get("/api/reviews?limit=50")).getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertTrue(rows.size() > 10, who + " sees a page of reviews");
            for (int i = 1; i < rows.size(); i++) {
                JsonObject before = rows.get(i - 1);
                JsonObject after = rows.get(i);
                int byDay = LocalDate.parse(before.getString("occurredOn"))
                        .compareTo(LocalDate.parse(after.getString("occurredOn")));
                assertTrue(byDay > 0 || byDay == 0 && id(before) > id(after),
                        who + ": newest first, the later record first on one day: " + before + " then " + after);
            }
            assertTrue(rows.stream().allMatch(r -> !r.getString("facilityName", "").isBlank()),
                    who + ": every row names its hospital");
        }
        assertTrue(ok(demo.as("director").get("/api/reviews?limit=50")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(r -> r.get("facilityId")).distinct().count() > 1,
                "the director's page spans several hospitals");
    }



    private byte[] bytes(String who, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + deployed.getPort()
                    + "/liaison" + path)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (who + ":" + ApiFixture.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build();
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- exercises open their after-action review

    @Test
    void conductingAnExerciseOpensItsAfterActionReviewWithItsAgencies() {
        Client manager = demo.as("manager");
        String title = "IT exercise " + unique();
        LocalDateTime starts = LocalDate.now().minusDays(1).atTime(9, 0);
        // not counted toward CMS, so the home hospital's compliance does not depend on this test
        JsonObjectBuilder body = Json.createObjectBuilder().add("title", title).add("type", "TABLETOP")
                .add("scenario", "ACTIVE_ASSAILANT").add("facilityId", homeFacility())
                .add("location", "Room " + unique()).add("startsAt", starts.toString())
                .add("endsAt", starts.plusHours(2).toString()).add("objectives", "Test unified command")
                .add("coreCapabilities", Json.createArrayBuilder().add("OPERATIONAL_COORDINATION"))
                .add("countsTowardCms", false).add("agencies", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("agencyId", partnerAgency())));
        Reply created = manager.post("/api/exercises", body.build());
        assertEquals(201, created.status(), created.toString());
        JsonObject exercise = created.json();
        String aarTitle = "AAR: " + title;
        assertTrue(aarsTitled(aarTitle).isEmpty(), "no review before the exercise is conducted");
        for (String move : List.of("START_PLANNING", "SCHEDULE", "CONDUCT")) {
            exercise = ok(manager.post("/api/exercises/" + id(exercise) + "/transitions", Json.createObjectBuilder()
                    .add("move", move).add("version", exercise.getInt("version")).build()));
        }
        assertEquals("CONDUCTED", exercise.getString("status"));
        long exerciseId = id(exercise);

        List<JsonObject> aars = aarsTitled(aarTitle);
        assertEquals(1, aars.size(), aars.toString());
        JsonObject review = review("manager", id(aars.get(0)));
        assertAll(() -> assertEquals("EXERCISE_AAR", review.getString("kind")),
                () -> assertEquals(exerciseId, review.getJsonNumber("exerciseId").longValue()),
                () -> assertEquals("OPENED", review.getString("status")),
                () -> assertEquals(LocalDate.now().toString(), review.getString("occurredOn")),
                () -> assertEquals(List.of(ApiFixture.PARTNER_AGENCY), review.getJsonArray("agencyNames")
                        .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                        .toList()));
        // the review goes the way an incident's does: findings, then the agency's input
        finding(id(review), "AREA_FOR_IMPROVEMENT", "OPERATIONAL_COMMUNICATIONS", "S");
        assertEquals(200, move("manager", id(review), "REQUEST_AGENCY_INPUT").status());
        assertEquals("AGENCY_INPUT", review("partner", id(review)).getString("status"));
    }

    private List<JsonObject> aarsTitled(String title) {
        return ok(demo.as("manager").get("/api/reviews?kind=EXERCISE_AAR&agencyId=" + partnerAgency()
                + "&facilityId=" + homeFacility() + "&limit=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> title.equals(r.getString("title"))).toList();
    }

    // ---------------------------------------------------------------- the story in the browser

    /** Brings a section into view, so the screenshots show it. */
    private static void scrollTo(Browser b, String id) {
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    @Test
    void anIncidentGoesFromTheOfficersPhoneToAClosedReview() {
        String where = "Psychiatric ED, room " + unique().substring(0, 4);
        try (Browser b = Browser.open(deployed, false)) {
            LoginPage.open(b).signInAs("officer", ApiFixture.PASSWORD);
            IncidentRecordForm form = IncidentRecordForm.onHome(b);
            scrollTo(b, "record");
            b.lookAtBothSizes("feedback-home-officer");
            String said = form.agency(ApiFixture.PARTNER_AGENCY).whatHappened("Assault on staff").where(where)
                    .summary("Patient punched a nurse; police took him into custody").record();
            assertTrue(said.contains("Incident recorded"), said);
            long incident = form.openRecorded().id();
            HomePage.signOut(b);

            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            IncidentPage page = IncidentPage.open(b, incident);
            b.lookAtBothSizes("feedback-incident");
            ReviewPage review = page.openReview();
            assertEquals("Opened", review.status());
            review.addFinding("Strengths", "Operational coordination", "P – Performed without challenges",
                    "Charge nurse cleared the hallway before police arrived");
            review.addFinding("Areas for improvement", "Operational communications",
                    "M – Performed with major challenges", "Police could not reach the unit by radio");
            assertEquals("Draft", review.status());
            long reviewId = review.id();
            // the page keeps the version it showed: a change made meanwhile elsewhere refuses its move
            JsonObject current = review("manager", reviewId);
            ok(demo.as("director").put("/api/reviews/" + reviewId, Json.createObjectBuilder()
                    .add("title", current.getString("title") + " (director)").add("version", current.getInt("version"))
                    .build()));
            review.askTheAgencyForInput();
            assertTrue(review.message().contains("Someone else changed this record"), review.message());
            assertEquals("Draft", review.status());
            review = ReviewPage.open(b, reviewId);
            assertTrue(review.title().endsWith("(director)"), "the fresh page shows the director's title");
            review = review.saveTitle("Assault on staff at " + where);
            assertTrue(review.message().contains("saved"), review.message());
            assertEquals("Assault on staff at " + where, review("manager", reviewId).getString("title"));
            review.askTheAgencyForInput();
            assertEquals("Agency input", review.status());
            // looked at freshly opened: a shown message trips axe in the shared layout's p:messages (ul > div)
            ReviewPage.open(b, reviewId);
            b.lookAtBothSizes("feedback-review-manager");
            HomePage.signOut(b);

            LoginPage.open(b).signInAs("partner", ApiFixture.PASSWORD);
            assertTrue(b.driver().findElement(org.openqa.selenium.By.id("awaiting-input")).getText()
                    .contains(where), "the partner's home lists the review awaiting the agency's input");
            ReviewPage theirs = ReviewPage.open(b, reviewId);
            assertFalse(theirs.offersFindingForm(), "partners add their side, not our findings");
            theirs.addOurSide("Dispatch sent units to the main entrance; the ED door was locked");
            assertTrue(theirs.agencySide().get(0).contains(ApiFixture.PARTNER_AGENCY), theirs.agencySide().toString());
            ReviewPage.open(b, reviewId);
            b.lookAtBothSizes("feedback-review-partner");
            HomePage.signOut(b);

            LoginPage.open(b).signInAs("director", ApiFixture.PASSWORD);
            ReviewPage approved = ReviewPage.open(b, reviewId).approve();
            assertEquals("Approved", approved.status());
            HomePage.signOut(b);

            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            ReviewPage plan = ReviewPage.open(b, reviewId).planAction("Police could not reach the unit by radio",
                    "Program the police talkgroup into the unit's radios", "Equipment", "Security department",
                    LocalDate.now().plusDays(30));
            assertEquals(List.of("Proposed"), plan.actionStatuses(), plan.message());
            assertTrue(plan.actionTexts().get(0).contains("Program the police talkgroup"), plan.actionTexts().toString());
            scrollTo(b, "plan");
            b.lookAtBothSizes("feedback-review-plan");
            plan.trackTheActions().actionMove("accept").actionMove("complete").actionMove("verify");
            assertEquals(List.of("Verified"), plan.actionStatuses());
            ReviewPage closed = plan.close();
            assertEquals("Closed", closed.status());
            ReviewPage.open(b, reviewId);
            b.lookAtBothSizes("feedback-review-closed");
        }
    }

    @Test
    void theDirectorsHomeAnswersQuestionsFourToSevenWithLinksToTheLists() {
        try (Browser b = Browser.open(deployed, false)) {
            LoginPage.open(b).signInAs("director", ApiFixture.PASSWORD);
            b.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.id("response-chart")));
            scrollTo(b, "h-feedback");
            b.lookAtBothSizes("feedback-home-director");
            List<String> agencies = b.driver().findElements(org.openqa.selenium.By.cssSelector("#response-chart tbody th a"))
                    .stream().map(org.openqa.selenium.WebElement::getText).toList();
            assertTrue(agencies.size() > 5, agencies.toString());
            b.driver().findElement(org.openqa.selenium.By.id("overdue-actions")).click();
            b.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("progress=OVERDUE"));
            assertTrue(b.driver().findElements(org.openqa.selenium.By.cssSelector("#actions\\:table .action-text"))
                    .size() > 0, "the overdue figure opens the overdue actions");
            b.lookAtBothSizes("feedback-actions-overdue");
            b.go("/reviews/index?repeat=true");
            b.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.cssSelector(".repeat-flag")));
            b.lookAtBothSizes("feedback-reviews-repeat");
            b.go("/incidents/index");
            b.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.id("incidents:table")));
            b.lookAtBothSizes("feedback-incidents");
        }
    }
}
