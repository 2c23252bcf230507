package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agency relationships over the API against the real WAR and the demo data: the board and its derived health, the
 * engagement log, agreements and their calendar, the contact sheet, CSV import and export. The class starts on a fresh
 * database (see {@link Deployments}); each test creates the records it changes and asserts on those (the demo data is
 * only read, for scope and for lists long enough to count statements).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RelationshipsIT {

    private static final String PASSWORD = System.getProperty("it.demo.password");
    private static final String HOME = "Riverton General Hospital";

    @Deployment(testable = false)
    static WebArchive liaison() {
        return Deployments.liaison();
    }

    @ArquillianResource
    URL deployed;

    private final HttpClient client = HttpClient.newHttpClient();

    // ---------------------------------------------------------------- the board

    @Test
    void theBoardShowsHowCurrentEachRelationshipIsWorstFirst() {
        // four relationships of the test's own, contacted every 10 days: called 3, 9 and 11 days ago, and one new
        long recent = newRelationshipWithCadence(10);
        long due = newRelationshipWithCadence(10);
        long lapsed = newRelationshipWithCadence(10);
        long brandNew = newRelationshipWithCadence(10);
        logCall(recent, LocalDate.now().minusDays(3));
        logCall(due, LocalDate.now().minusDays(9));
        logCall(lapsed, LocalDate.now().minusDays(11));

        assertAll(
                () -> assertEquals("WITHIN_CADENCE", relationship(recent).getString("health")),
                () -> assertEquals(3, relationship(recent).getInt("daysSinceLastEngagement")),
                () -> assertEquals("DUE", relationship(due).getString("health")),
                () -> assertEquals("LAPSED", relationship(lapsed).getString("health")),
                () -> assertEquals(11, relationship(lapsed).getInt("daysSinceLastEngagement")));

        List<Long> board = json(get("manager", "/api/relationships?limit=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
        assertTrue(board.indexOf(lapsed) < board.indexOf(due) && board.indexOf(due) < board.indexOf(recent),
                "lapsed, then due, then within cadence: " + board);
        assertEquals(List.of(lapsed), ids(get("manager", "/api/relationships?limit=200&health=LAPSED")).stream()
                .filter(List.of(recent, due, lapsed, brandNew)::contains).toList());
    }

    @Test
    void aRelationshipStartedTodayIsWithinCadenceBeforeItsFirstEngagement() {
        JsonObject created = relationship(newRelationshipWithCadence(30));
        assertEquals("WITHIN_CADENCE", created.getString("health"), created.toString());
        assertTrue(created.isNull("lastEngagement"), created.toString());
        assertEquals(LocalDate.now().toString(), created.getString("startedOn"));
    }

    @Test
    void aCadenceOutsideOneTo730DaysOrNoRoleIsRefusedOnThatField() {
        long id = newRelationshipWithCadence(30);
        for (int cadence : new int[] {0, 731}) {
            HttpResponse<String> refused = changeTerms(id, "PRIMARY", cadence);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(List.of("cadenceDays"), errorFields(refused));
        }
        HttpResponse<String> noRole = send("manager", "PUT", "/api/relationships/" + id, Json.createObjectBuilder()
                .add("cadenceDays", 30).add("version", relationship(id).getInt("version")).build().toString(),
                "application/json");
        assertEquals(400, noRole.statusCode(), noRole.body());
        assertEquals(List.of("role"), errorFields(noRole));
        assertEquals(30, relationship(id).getInt("cadenceDays"), "nothing changed");
        assertEquals(200, changeTerms(id, "PRIMARY", 730).statusCode());
        assertEquals(730, relationship(id).getInt("cadenceDays"));
    }

    @Test
    void aManagerSeesOnlyTheirHospitalsRelationshipsAndAPartnerNone() {
        JsonArray items = json(get("manager", "/api/relationships?limit=200")).getJsonArray("items");
        assertFalse(items.isEmpty());
        assertTrue(items.getValuesAs(JsonObject.class).stream().allMatch(r -> r.getString("facilityName").equals(HOME)),
                items.toString());
        assertEquals(403, get("partner", "/api/relationships").statusCode());
        long otherId = json(get("director", "/api/relationships?limit=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> !r.getString("facilityName").equals(HOME))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(404, get("manager", "/api/relationships/" + otherId).statusCode());
    }

    @Test
    void theBoardCostsTheSameNumberOfQueriesForAFewRelationshipsAsForAllOfThem() {
        JsonArray all = json(get("director", "/api/relationships?limit=200")).getJsonArray("items");
        // the facility with the fewest relationships (other tests add theirs to the home hospital only)
        long smallest = all.getValuesAs(JsonObject.class).stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.getJsonNumber("facilityId").longValue(),
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().min(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        get("director", "/api/relationships?limit=1"); // warm up: first use loads the caller's account
        long small = statementsFor("/api/relationships?limit=200&facilityId=" + smallest);
        long large = statementsFor("/api/relationships?limit=200");
        long smallRows = json(get("director", "/api/relationships?limit=200&facilityId=" + smallest)).getInt("total");
        long largeRows = json(get("director", "/api/relationships?limit=200")).getInt("total");
        assertTrue(largeRows >= smallRows + 30, smallRows + " vs " + largeRows);
        assertEquals(small, large, "statements for " + smallRows + " rows vs " + largeRows + " rows");
    }

    @Test
    void theBoardIsCutAndCountedInTheDatabaseAndAgreesWithTheWholeList() {
        get("director", "/api/relationships?limit=1"); // warm up
        JsonObject whole = json(get("director", "/api/relationships?limit=200"));
        List<JsonObject> rows = whole.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(whole.getInt("total") <= 200 && rows.size() > 40, "the whole board fits one list: " + rows.size());
        // a page cut in the database is the same slice of the same worst-first order
        JsonObject page = json(get("director", "/api/relationships?offset=7&limit=5"));
        assertEquals(whole.getInt("total"), page.getInt("total"));
        assertEquals(rows.subList(7, 12).stream().map(r -> r.getJsonNumber("id").longValue()).toList(),
                page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getJsonNumber("id").longValue()).toList());
        // filtering by health in the database finds what the whole list says
        for (String health : List.of("WITHIN_CADENCE", "DUE", "LAPSED")) {
            assertEquals(rows.stream().filter(r -> r.getString("health").equals(health)).count(),
                    json(get("director", "/api/relationships?limit=1&health=" + health)).getInt("total"), health);
        }
        // the home's figures for a hospital count the same active relationships the board shows
        JsonObject first = rows.get(0);
        long facility = first.getJsonNumber("facilityId").longValue();
        JsonObject summary = json(get("director", "/api/relationships/summary?facility=" + facility));
        List<JsonObject> active = rows.stream().filter(r -> r.getJsonNumber("facilityId").longValue() == facility
                && r.getString("status").equals("ACTIVE")).toList();
        assertEquals(active.size(), summary.getInt("activeRelationships"));
        assertEquals(active.stream().filter(r -> r.getString("health").equals("DUE")).count(),
                summary.getJsonNumber("due").longValue());
        assertEquals(active.stream().filter(r -> r.getString("health").equals("LAPSED")).count(),
                summary.getJsonNumber("lapsed").longValue());
        assertEquals(active.stream().filter(r -> r.getBoolean("activeAgreement")).count(),
                summary.getJsonNumber("withAgreementInForce").longValue());
        // and a page of two costs what a page of fifty does
        assertEquals(statementsFor("/api/relationships?limit=2&health=LAPSED"),
                statementsFor("/api/relationships?limit=50&health=LAPSED"), "statements for a page of 2 vs 50");
    }

    @Test
    void theAgreementListCostsTheSameStatementsForTwoRowsAsForThirty() {
        get("director", "/api/agreements?limit=1"); // warm up
        long two = statementsFor("/api/agreements?limit=2");
        long thirty = statementsFor("/api/agreements?limit=30");
        assertTrue(json(get("director", "/api/agreements?limit=30")).getJsonArray("items").size() >= 25);
        assertEquals(two, thirty, "statements for a page of 2 agreements vs a page of 30");
    }

    @Test
    void loggingACallTurnsALapsedRelationshipWithinCadence() {
        long id = newRelationshipWithCadence(90);
        logCall(id, LocalDate.now().minusDays(120));
        assertEquals("LAPSED", relationship(id).getString("health"));

        logCall(id, LocalDate.now());

        JsonObject after = relationship(id);
        assertEquals("WITHIN_CADENCE", after.getString("health"));
        assertEquals(0, after.getInt("daysSinceLastEngagement"));
        assertEquals(LocalDate.now().toString(), after.getString("lastEngagement"));
    }

    @Test
    void anEngagementNeedsAKnownKindAndASummary() {
        HttpResponse<String> reply = send("manager", "POST", "/api/engagements", Json.createObjectBuilder()
                .add("facilityId", homeFacilityId()).add("agencyId", homeAgencyId()).add("kind", "GOSSIP").build()
                .toString(), "application/json");
        assertEquals(400, reply.statusCode(), reply.body());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(reply.body().contains("\"kind\""), reply.body());
    }

    // ---------------------------------------------------------------- agreements

    @Test
    void anAgreementMovesOnlyAlongItsLifecycle() {
        JsonObject draft = newAgreement(LocalDate.now(), LocalDate.now().plusYears(2), 90);
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));

        HttpResponse<String> signDraft = move(id, "SIGN", draft.getInt("version"));
        assertEquals(409, signDraft.statusCode(), signDraft.body());

        JsonObject inReview = json(move(id, "SUBMIT", draft.getInt("version")));
        assertEquals("IN_REVIEW", inReview.getString("status"));
        assertEquals(409, move(id, "SIGN", draft.getInt("version")).statusCode(), "a stale version is refused");
        JsonObject signed = json(move(id, "SIGN", inReview.getInt("version")));
        assertEquals("SIGNED", signed.getString("status"));
        JsonObject active = json(move(id, "ACTIVATE", signed.getInt("version")));
        assertEquals("ACTIVE", active.getString("status"));
    }

    @Test
    void anAgreementExpiringOnItsEffectiveDateOrWithoutAnAgencyIsRefusedOnThatField() {
        LocalDate start = LocalDate.now();
        HttpResponse<String> sameDay = createAgreement(agreementBody(start, start)
                .add("agencyIds", Json.createArrayBuilder().add(homeAgencyId())));
        assertEquals(400, sameDay.statusCode(), sameDay.body());
        assertEquals(List.of("expiresOn"), errorFields(sameDay));

        HttpResponse<String> noAgency = createAgreement(agreementBody(start, start.plusDays(1))
                .add("agencyIds", Json.createArrayBuilder()));
        assertEquals(400, noAgency.statusCode(), noAgency.body());
        assertEquals(List.of("agencyIds"), errorFields(noAgency));

        assertEquals(201, createAgreement(agreementBody(start, start.plusDays(1))
                .add("agencyIds", Json.createArrayBuilder().add(homeAgencyId()))).statusCode());
    }

    @Test
    void theDailyCheckMarksAnAgreementInsideItsNoticeWindowOnceAndTellsItsOwner() {
        JsonObject draft = newAgreement(LocalDate.now().minusYears(1), LocalDate.now().plusDays(30), 60);
        long id = draft.getJsonNumber("id").longValue();
        int version = draft.getInt("version");
        for (String step : List.of("SUBMIT", "SIGN", "ACTIVATE")) {
            version = json(move(id, step, version)).getInt("version");
        }
        assertEquals(403, send("officer", "POST", "/api/agreements/calendar-run", "", "application/json").statusCode());

        JsonObject first = json(send("admin", "POST", "/api/agreements/calendar-run", "", "application/json"));
        assertTrue(first.getInt("changed") >= 1, first.toString());
        JsonObject second = json(send("admin", "POST", "/api/agreements/calendar-run", "", "application/json"));
        assertEquals(0, second.getInt("changed"), "a second run on the same day changes nothing");

        assertEquals("EXPIRING", json(get("manager", "/api/agreements/" + id)).getString("status"));
        String title = draft.getString("title");
        long told = json(get("manager", "/api/notifications?limit=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("text").contains(title)).count();
        assertEquals(1, told, "the owner is told exactly once");
    }

    @Test
    void aSignedDocumentIsKeptAsAPdfVersionAndAnythingElseIsRefused() throws IOException, InterruptedException {
        long id = newAgreement(LocalDate.now(), LocalDate.now().plusYears(1), 30).getJsonNumber("id").longValue();
        byte[] pdf = contactSheet("manager", homeFacilityId()).body();
        HttpResponse<String> uploaded = client.send(request("manager", "/api/agreements/" + id + "/documents")
                .header("Content-Type", "application/pdf").header("X-File-Name", "signed-mou.pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonObject info = json(uploaded);
        assertEquals(1, info.getInt("versionNumber"));

        byte[] back = client.send(request("officer", "/api/agreements/" + id + "/documents/"
                        + info.getJsonNumber("id").longValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        assertArrayEquals(pdf, back);

        HttpResponse<String> notPdf = client.send(request("manager", "/api/agreements/" + id + "/documents")
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofString("MZ fake"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, notPdf.statusCode(), notPdf.body());
        assertEquals(1, array(get("manager", "/api/agreements/" + id + "/documents")).size());
    }

    // ---------------------------------------------------------------- direct lines

    @Test
    void theContactSheetListsTheFacilitysDirectLinesAndIsMarkedSensitive() throws IOException {
        long home = homeFacilityId();
        HttpResponse<byte[]> sheet = contactSheet("officer", home);
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        PdfReader reader = new PdfReader(sheet.body());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String pdf = text.toString();
        JsonArray cards = array(get("officer", "/api/relationships/who-to-call?facilityId=" + home));
        assertFalse(cards.isEmpty());
        List<String> names = cards.getValuesAs(JsonObject.class).stream().filter(c -> !c.isNull("primary"))
                .map(c -> c.getJsonObject("primary").getString("name")).toList();
        assertFalse(names.isEmpty());
        assertAll(
                () -> assertTrue(pdf.contains("ICS 205A"), pdf),
                () -> assertTrue(pdf.contains("SENSITIVE"), pdf),
                () -> assertTrue(pdf.contains(HOME), pdf),
                () -> names.forEach(name -> assertTrue(pdf.contains(name), name + " missing from the sheet")));

        long other = json(get("director", "/api/facilities?limit=50")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(f -> !f.getString("name").equals(HOME))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(404, contactSheet("officer", other).statusCode());
    }

    @Test
    void aContactFileWithAnyBadRowIsRejectedWholeWithAMessagePerRow() {
        String agency = "Riverton Police Department";
        int before = contactCount(agency);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String bad = "agency,firstName,lastName,rank,unit,phone,email,verifiedAt\n"
                + agency + ",Ana,Import" + marker + ",Officer,Patrol,(312) 555-0111,ana@example.gov,2026-01-05\n"
                + agency + ",Ben,Import" + marker + ",Officer,Patrol,not a phone,ben@example.gov,2026-01-05\n"
                + "Atlantis Police,Cal,Import" + marker + ",Officer,Patrol,(312) 555-0112,,yesterday\n";
        HttpResponse<String> rejected = send("manager", "POST", "/api/contacts/import", bad, "text/csv");
        assertEquals(400, rejected.statusCode(), rejected.body());
        List<String> fields = json(rejected).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("rows[2].phone", "rows[3].agency", "rows[3].verifiedAt")), fields.toString());
        assertFalse(fields.stream().anyMatch(f -> f.startsWith("rows[1]")), fields.toString());
        assertEquals(before, contactCount(agency), "nothing half-imported");

        String good = "agency,firstName,lastName,rank,unit,phone\n"
                + agency + ",Ana,Import" + marker + ",Officer,Patrol,(312) 555-0111\n"
                + agency + ",Ben,Import" + marker + ",Sergeant,Patrol,(312) 555-0113\n";
        JsonObject dryRun = json(send("manager", "POST", "/api/contacts/import?dryRun=true", good, "text/csv"));
        assertEquals(0, dryRun.getInt("imported"));
        assertEquals(before, contactCount(agency));
        JsonObject imported = json(send("manager", "POST", "/api/contacts/import", good, "text/csv"));
        assertEquals(2, imported.getInt("imported"));
        assertEquals(before + 2, contactCount(agency));
        assertEquals(403, send("officer", "POST", "/api/contacts/import", good, "text/csv").statusCode());
    }

    @Test
    void theDirectoryExportsAsCsvWithAHeaderLine() {
        HttpResponse<String> csv = get("officer", "/api/contacts/export");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r?\n");
        assertTrue(lines[0].startsWith("agency,firstName,lastName"), lines[0]);
        assertTrue(lines.length > 10, "the home hospital's agencies have dozens of contacts");
        assertTrue(csv.body().contains("Riverton Police Department"));
    }

    @Test
    void anAgreementsTermsChangeAndItCanBeHandedToAnotherStaffMember() {
        LocalDate today = LocalDate.now();
        JsonObject agreement = newAgreement(today, today.plusYears(2), 60);
        // made by the manager, who owns it; handed to the director, who may own any facility's agreement
        long director = json(get("admin", "/api/users?limit=200&q=director")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals("director"))
                .mapToLong(u -> u.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        String path = "/api/agreements/" + agreement.getJsonNumber("id").longValue();
        HttpResponse<String> changed = send("manager", "PUT", path, agreementBody(today, today.plusYears(3))
                .add("agencyIds", Json.createArrayBuilder().add(homeAgencyId())).add("noticeDays", 90)
                .add("ownerId", director).add("version", agreement.getInt("version")).build().toString(),
                "application/json");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject seen = json(get("manager", path));
        assertAll(() -> assertEquals(today.plusYears(3).toString(), seen.getString("expiresOn")),
                () -> assertEquals(90, seen.getInt("noticeDays")),
                () -> assertEquals(director, seen.getJsonNumber("ownerId").longValue()));
        HttpResponse<String> unchanged = send("manager", "PUT", path, agreementBody(today, today.plusYears(3))
                .add("agencyIds", Json.createArrayBuilder().add(homeAgencyId()))
                .add("version", seen.getInt("version")).build().toString(), "application/json");
        assertEquals(200, unchanged.statusCode(), unchanged.body());
        assertEquals(director, json(unchanged).getJsonNumber("ownerId").longValue(), "no ownerId keeps the owner");
    }

    // ---------------------------------------------------------------- helpers

    private JsonObject newAgreement(LocalDate effective, LocalDate expires, int noticeDays) {
        HttpResponse<String> created = createAgreement(agreementBody(effective, expires)
                .add("agencyIds", Json.createArrayBuilder().add(homeAgencyId())).add("noticeDays", noticeDays));
        assertEquals(201, created.statusCode(), created.body());
        return json(created);
    }

    private JsonObjectBuilder agreementBody(LocalDate effective, LocalDate expires) {
        return Json.createObjectBuilder().add("title", "IT agreement " + UUID.randomUUID().toString().substring(0, 8))
                .add("type", "MOU").add("facilityIds", Json.createArrayBuilder().add(homeFacilityId()))
                .add("effectiveOn", effective.toString()).add("expiresOn", expires.toString())
                .add("clauses", Json.createArrayBuilder().add("WEAPONS"));
    }

    private HttpResponse<String> createAgreement(JsonObjectBuilder body) {
        return send("manager", "POST", "/api/agreements", body.build().toString(), "application/json");
    }

    /** A relationship of the test's own: a new agency the manager brings to the home hospital, then its cadence. */
    private long newRelationshipWithCadence(int cadenceDays) {
        HttpResponse<String> agency = send("manager", "POST", "/api/agencies", Json.createObjectBuilder()
                .add("name", "IT Agency " + UUID.randomUUID().toString().substring(0, 8))
                .add("type", "MUNICIPAL_POLICE").add("jurisdiction", "Test County")
                .add("facilityId", homeFacilityId()).build().toString(), "application/json");
        assertEquals(201, agency.statusCode(), agency.body());
        long id = json(get("manager", "/api/relationships?agencyId=" + json(agency).getJsonNumber("id").longValue()))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> changed = changeTerms(id, "SECONDARY", cadenceDays);
        assertEquals(200, changed.statusCode(), changed.body());
        return id;
    }

    private HttpResponse<String> changeTerms(long relationshipId, String role, int cadenceDays) {
        return send("manager", "PUT", "/api/relationships/" + relationshipId, Json.createObjectBuilder()
                .add("role", role).add("cadenceDays", cadenceDays).add("status", "ACTIVE")
                .add("version", relationship(relationshipId).getInt("version")).build().toString(), "application/json");
    }

    private void logCall(long relationshipId, LocalDate on) {
        JsonObject r = relationship(relationshipId);
        HttpResponse<String> logged = send("manager", "POST", "/api/engagements", Json.createObjectBuilder()
                .add("facilityId", r.getJsonNumber("facilityId").longValue())
                .add("agencyId", r.getJsonNumber("agencyId").longValue()).add("kind", "CALL")
                .add("occurredOn", on.toString()).add("summary", "Checked in after the ED incident").build().toString(),
                "application/json");
        assertEquals(201, logged.statusCode(), logged.body());
    }

    private JsonObject relationship(long id) {
        HttpResponse<String> reply = get("manager", "/api/relationships/" + id);
        assertEquals(200, reply.statusCode(), reply.body());
        return json(reply);
    }

    private static List<Long> ids(HttpResponse<String> list) {
        return json(list).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue()).toList();
    }

    private static List<String> errorFields(HttpResponse<String> problem) {
        return json(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private HttpResponse<String> move(long id, String move, int version) {
        return send("manager", "POST", "/api/agreements/" + id + "/transitions", Json.createObjectBuilder()
                .add("move", move).add("version", version).build().toString(), "application/json");
    }

    private long statementsFor(String path) {
        long before = statements();
        assertEquals(200, get("director", path).statusCode());
        return statements() - before;
    }

    private long statements() {
        String metrics = send(null, "GET", "/metrics?scope=application", null, null).body();
        return metrics.lines().filter(l -> l.startsWith("liaison_sql_statements")).map(l -> l.split(" ")[1])
                .mapToLong(v -> (long) Double.parseDouble(v)).findFirst()
                .orElseThrow(() -> new AssertionError("no liaison_sql_statements metric in " + metrics));
    }

    private int contactCount(String agency) {
        long agencyId = agencyId(agency);
        return json(get("director", "/api/contacts?limit=1&agencyId=" + agencyId)).getInt("total");
    }

    private long homeFacilityId() {
        return json(get("manager", "/api/facilities")).getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                .longValue();
    }

    private long homeAgencyId() {
        return agencyId("Riverton Police Department");
    }

    private long agencyId(String name) {
        return json(get("director", "/api/agencies?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
    }

    private HttpResponse<byte[]> contactSheet(String user, long facilityId) {
        try {
            return client.send(request(user, "/api/relationships/contact-sheet?facilityId=" + facilityId)
                    .header("Accept", "application/pdf, application/problem+json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    private HttpResponse<String> send(String user, String method, String path, String body, String contentType) {
        HttpRequest.Builder builder = request(user, path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        String base = "http://127.0.0.1:" + deployed.getPort();
        URI uri = URI.create(base + (path.startsWith("/metrics") || path.startsWith("/health") ? "" : "/liaison") + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Accept",
                "application/json, application/problem+json, text/csv, application/pdf, text/plain");
        if (user != null) {
            assertNotNull(PASSWORD, "system property it.demo.password");
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The items of a list answer {"items": [...], "total": n}. */
    private static JsonArray array(HttpResponse<String> response) {
        JsonObject list = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(list.getInt("total"), list.getJsonArray("items").size(), response.body());
        return list.getJsonArray("items");
    }
}
