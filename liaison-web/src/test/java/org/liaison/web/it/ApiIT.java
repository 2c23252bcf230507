package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;
import static org.liaison.web.it.ApiFixture.*;

/**
 * The REST API as its users meet it, over HTTP against the real WAR on Payara Micro with the demo data set.
 * Every test stands alone: it reads the demo data, and whatever it changes it creates first under a unique name.
 * All API tests live in this one class (related tests together; test classes share one Payara Micro).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String PASSWORD = ApiFixture.PASSWORD;
    private static final String HOME_HOSPITAL = ApiFixture.HOME_HOSPITAL;
    private static final String OTHER_HOSPITAL = ApiFixture.OTHER_HOSPITAL;
    private static final String PARTNER_AGENCY = ApiFixture.PARTNER_AGENCY;

    @Deployment(testable = false)
    static WebArchive liaison() {
        return Deployments.liaison();
    }

    @ArquillianResource
    URL deployed;

    Http http;

    ApiFixture fixture;

    @BeforeEach
    void connect() {
        fixture = new ApiFixture(deployed);
        http = fixture.http;
    }

    // ---------------------------------------------------------------- who may do what

    @Test
    void everyRoleGetsExactlyWhatItsRoleAllows() {
        long home = facilityId(HOME_HOSPITAL);
        long contact = newContact(newAgency(as("manager"), home)).getJsonNumber("id").longValue();
        record Access(String role, String method, String path, int expected) {
        }
        List<Access> table = new ArrayList<>();
        for (String role : List.of("admin", "director", "manager", "officer", "partner", "auditor")) {
            boolean admin = role.equals("admin");
            boolean editor = Set.of("admin", "director", "manager").contains(role);
            table.add(new Access(role, "GET", "/api/facilities", 200));
            table.add(new Access(role, "GET", "/api/agencies", 200));
            table.add(new Access(role, "GET", "/api/contacts", 200));
            table.add(new Access(role, "GET", "/api/audit", Set.of("admin", "auditor").contains(role) ? 200 : 403));
            table.add(new Access(role, "POST", "/api/agencies", editor ? 201 : 403));
            table.add(new Access(role, "POST", "/api/contacts/" + contact + "/verify", editor ? 200 : 403));
            table.add(new Access(role, "POST", "/api/facilities", admin ? 201 : 403));
            table.add(new Access(role, "POST", "/api/users", admin ? 201 : 403));
            table.add(new Access(role, "GET", "/api/users", admin ? 200 : 403));
        }
        List<Executable> checks = new ArrayList<>();
        for (Access access : table) {
            checks.add(() -> {
                Client client = as(access.role());
                Reply reply = switch (access.method() + " " + access.path().replaceAll("/\\d+/", "/{id}/")) {
                    case "POST /api/agencies" -> client.post(access.path(), agencyBody(home).build());
                    case "POST /api/facilities" -> client.post(access.path(), Json.createObjectBuilder()
                            .add("name", "IT Facility " + unique()).add("code", "IT" + unique().substring(0, 6))
                            .add("kind", "SITE").add("beds", 0).build());
                    case "POST /api/users" -> client.post(access.path(), userBody(unique("it.role"), "OFFICER", home)
                            .build());
                    case "POST /api/contacts/{id}/verify" -> client.post(access.path(), null);
                    default -> client.get(access.path());
                };
                assertEquals(access.expected(), reply.status(), access.role() + ": " + reply);
                if (reply.status() >= 400) {
                    assertEquals(Http.PROBLEM_JSON, reply.mediaType(), access.role() + ": " + reply);
                }
            });
        }
        assertAll(checks);
    }

    @Test
    void anAdministratorListsAccountsWithTheirRolesAndScopeButNeverAPassword() {
        Reply reply = as("admin").get("/api/users?q=manager&limit=50");

        assertEquals(200, reply.status(), reply.toString());
        JsonObject manager = reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("manager")).findFirst().orElseThrow();
        assertEquals(List.of("MANAGER"), manager.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertEquals(List.of(facilityId(HOME_HOSPITAL)), manager.getJsonArray("facilityIds")
                .getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList());
        assertFalse(reply.body().toLowerCase(java.util.Locale.ROOT).contains("password"), reply.body());
        Reply one = as("admin").get("/api/users/" + manager.getJsonNumber("id").longValue());
        assertEquals(200, one.status(), one.toString());
        assertEquals("manager", one.json().getString("username"));
        assertEquals(404, as("admin").get("/api/users/987654321").status());
    }

    @Test
    void anApiCallWithoutCredentialsIsChallengedForBasicAuthentication() {
        Reply reply = http.anonymous().get("/api/agencies");

        assertEquals(401, reply.status(), reply.toString());
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Basic"), reply.headers().toString());
        assertEquals(Http.PROBLEM_JSON, reply.mediaType());
        assertEquals(401, reply.json().getInt("status"));
        assertSecurityHeaders(reply);
    }

    @Test
    void aWrongPasswordIsChallengedLikeNoPassword() {
        Reply reply = http.as(unique("nobody"), "Not-The-Password-123").get("/api/agencies");

        assertEquals(401, reply.status(), reply.toString());
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(Http.PROBLEM_JSON, reply.mediaType());
    }

    @Test
    void anOfficerCannotAddAnAgency() {
        Reply reply = as("officer").post("/api/agencies", agencyBody(facilityId(HOME_HOSPITAL)).build());

        assertForbidden(reply);
    }

    @Test
    void anAuditorCannotAddAnAgency() {
        Reply reply = as("auditor").post("/api/agencies", agencyBody(facilityId(HOME_HOSPITAL)).build());

        assertForbidden(reply);
    }

    @Test
    void anOfficerCannotChangeAnAgencyOfTheirOwnHospital() {
        JsonObject agency = newAgency(as("manager"), facilityId(HOME_HOSPITAL));

        Reply reply = as("officer").put("/api/agencies/" + id(agency), edit(agency, "Changed by officer").build());

        assertForbidden(reply);
    }

    @Test
    void aPartnerSeesOnlyTheirOwnAgency() {
        JsonObject list = ok(as("partner").get("/api/agencies?limit=200"));

        assertEquals(1, list.getInt("total"), list.toString());
        assertEquals(PARTNER_AGENCY, list.getJsonArray("items").getJsonObject(0).getString("name"));
    }

    @Test
    void aPartnerSeesOnlyTheContactsOfTheirOwnAgency() {
        long partnerAgency = agencyNamed(PARTNER_AGENCY);
        int contactsOfThatAgency = ok(as("director").get("/api/contacts?limit=1&agencyId=" + partnerAgency))
                .getInt("total");

        JsonObject seen = ok(as("partner").get("/api/contacts?limit=200"));

        assertTrue(contactsOfThatAgency > 0, "the demo agency has contacts");
        assertEquals(contactsOfThatAgency, seen.getInt("total"));
        assertTrue(seen.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(c -> c.getString("agencyName").equals(PARTNER_AGENCY)), seen.toString());
    }

    @Test
    void aPartnerCannotOpenAnotherAgencyOrItsContacts() {
        long other = agencyOnlyTheOtherHospitalWorksWith();

        Reply agency = as("partner").get("/api/agencies/" + other);
        JsonObject contacts = ok(as("partner").get("/api/contacts?agencyId=" + other));

        assertNotFound(agency);
        assertEquals(0, contacts.getInt("total"), contacts.toString());
    }

    @Test
    void aManagerCannotOpenOrChangeAnAgencyOfAnotherHospital() {
        long other = agencyOnlyTheOtherHospitalWorksWith();
        JsonObject asDirectorSeesIt = ok(as("director").get("/api/agencies/" + other));

        Reply read = as("manager").get("/api/agencies/" + other);
        Reply change = as("manager").put("/api/agencies/" + other, edit(asDirectorSeesIt, "Changed by manager").build());

        assertNotFound(read);
        assertNotFound(change);
        assertEquals(asDirectorSeesIt, ok(as("director").get("/api/agencies/" + other)), "nothing changed");
    }

    @Test
    void aManagerListsOnlyTheAgenciesTheirHospitalWorksWith() {
        int ofHomeHospital = ok(as("director").get("/api/agencies?limit=1&facilityId=" + facilityId(HOME_HOSPITAL)))
                .getInt("total");

        int seenByManager = ok(as("manager").get("/api/agencies?limit=1")).getInt("total");
        int seenByOfficer = ok(as("officer").get("/api/agencies?limit=1")).getInt("total");

        assertEquals(ofHomeHospital, seenByManager);
        assertEquals(ofHomeHospital, seenByOfficer);
    }

    @Test
    void aDirectorSeesEveryAgencyOfEveryHospital() {
        int everything = ok(as("admin").get("/api/agencies?limit=1")).getInt("total");
        long other = agencyOnlyTheOtherHospitalWorksWith();

        int seenByDirector = ok(as("director").get("/api/agencies?limit=1")).getInt("total");
        int seenByManager = ok(as("manager").get("/api/agencies?limit=1")).getInt("total");

        assertEquals(everything, seenByDirector);
        assertTrue(seenByManager < seenByDirector, seenByManager + " < " + seenByDirector);
        assertEquals(200, as("director").get("/api/agencies/" + other).status());
        assertEquals(200, as("auditor").get("/api/agencies/" + other).status());
    }

    // ---------------------------------------------------------------- validation

    @Test
    void anAgencyWithoutANameAndWithAnUnknownTypeIsRefusedFieldByField() {
        JsonObject body = agencyBody(facilityId(HOME_HOSPITAL)).add("name", " ").add("type", "SPACE_POLICE").build();

        Reply reply = as("manager").post("/api/agencies", body);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(Http.PROBLEM_JSON, reply.mediaType());
        assertEquals(Set.of("name", "type"), errorFields(reply), reply.toString());
        assertEquals("Enter the agency's name.", errorMessage(reply, "name"));
    }

    @Test
    void aFacilityWithoutANameAndWithAnUnknownKindIsRefusedFieldByField() {
        JsonObject body = Json.createObjectBuilder().add("name", "").add("code", "IT" + unique().substring(0, 6))
                .add("kind", "CASTLE").add("beds", 10).build();

        Reply reply = as("admin").post("/api/facilities", body);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(Set.of("name", "kind"), errorFields(reply), reply.toString());
    }

    @Test
    void aMalformedPhoneNumberIsRefusedOnThatField() {
        JsonObject body = agencyBody(facilityId(HOME_HOSPITAL)).add("nonEmergencyPhone", "call the front desk").build();

        Reply reply = as("manager").post("/api/agencies", body);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(Http.PROBLEM_JSON, reply.mediaType());
        assertEquals(Set.of("nonEmergencyPhone"), errorFields(reply));
    }

    @Test
    void aWellFormedPhoneNumberLongerThanItsColumnIsRefusedOnThatField() {
        // the pattern reads it (a number with an extension); the column keeps 32 characters: it was a 500
        JsonObject body = agencyBody(facilityId(HOME_HOSPITAL))
                .add("dispatchPhone", "+1 (312) 555-0100-0000 ext. 123456").build();

        Reply reply = as("manager").post("/api/agencies", body);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(Set.of("dispatchPhone"), errorFields(reply));
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        Reply reply = as("manager").send("POST", http.app("/api/agencies"), "{\"name\": ", java.util.Map.of());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(Http.PROBLEM_JSON, reply.mediaType());
    }

    @Test
    void aChangeWithoutTheVersionReadIsRefused() {
        JsonObject agency = newAgency(as("manager"), facilityId(HOME_HOSPITAL));
        JsonObject withoutVersion = edit(agency, "No version").remove("version").build();

        Reply reply = as("manager").put("/api/agencies/" + id(agency), withoutVersion);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(Set.of("version"), errorFields(reply));
    }

    // ---------------------------------------------------------------- optimistic locking

    @Test
    void savingWithTheVersionYouReadWorksAndSavingAgainWithTheOldOneConflicts() {
        Client manager = as("manager");
        JsonObject agency = newAgency(manager, facilityId(HOME_HOSPITAL));
        long read = agency.getJsonNumber("version").longValue();

        JsonObject first = ok(manager.put("/api/agencies/" + id(agency), edit(agency, "First edit").build()));
        Reply second = manager.put("/api/agencies/" + id(agency), edit(agency, "Second edit").build());

        assertEquals(read + 1, first.getJsonNumber("version").longValue());
        assertEquals(409, second.status(), second.toString());
        assertEquals(Http.PROBLEM_JSON, second.mediaType());
        assertEquals("First edit", ok(manager.get("/api/agencies/" + id(agency))).getString("jurisdiction"),
                "the stale change overwrote nothing");
    }

    @Test
    void theEtagOfAReadWorksAsIfMatchOnce() {
        Client manager = as("manager");
        JsonObject agency = newAgency(manager, facilityId(HOME_HOSPITAL));
        Reply read = manager.get("/api/agencies/" + id(agency));
        String etag = read.header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + read.headers()));
        JsonObject change = edit(read.json(), "Changed with If-Match").remove("version").build();

        Reply first = manager.put("/api/agencies/" + id(agency), change, "If-Match", etag);
        Reply second = manager.put("/api/agencies/" + id(agency), change, "If-Match", etag);

        assertEquals(200, first.status(), first.toString());
        assertEquals(409, second.status(), second.toString());
        assertEquals(Http.PROBLEM_JSON, second.mediaType());
    }

    // ---------------------------------------------------------------- accounts: lockout and disabling

    @Test
    void fiveWrongPasswordsLockAnAccountSoEvenTheRightPasswordIsRefused() {
        String username = unique("it.lock");
        String password = throwawayPassword();
        createUser(username, password);
        assertEquals(200, http.as(username, password).get("/api/agencies").status(), "the new account works");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, http.as(username, "Wrong-Password-" + attempt).get("/api/agencies").status());
        }
        Reply sixth = http.as(username, password).get("/api/agencies");

        assertEquals(401, sixth.status(), "locked: " + sixth);
        assertEquals(1, ok(as("admin").get("/api/audit?action=LOCKOUT&actor=" + username)).getInt("total"));
    }

    @Test
    void unknownUserNamesAreLockedOutToo() {
        String username = unique("it.ghost");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, http.as(username, "Guess-Number-" + attempt).get("/api/agencies").status());
        }

        JsonObject trail = ok(as("auditor").get("/api/audit?actor=" + username));
        List<String> actions = trail.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("LOCKOUT", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED"), actions);
    }

    @Test
    void aDisabledAccountCanNoLongerUseTheApiUntilEnabledAgain() {
        String username = unique("it.leaver");
        String password = throwawayPassword();
        long id = id(createUser(username, password));
        assertEquals(200, http.as(username, password).get("/api/agencies").status());

        JsonObject disabled = ok(as("admin").put("/api/users/" + id + "/enabled",
                Json.createObjectBuilder().add("enabled", false).build()));
        Reply whileDisabled = http.as(username, password).get("/api/agencies");
        ok(as("admin").put("/api/users/" + id + "/enabled", Json.createObjectBuilder().add("enabled", true).build()));
        Reply afterEnabling = http.as(username, password).get("/api/agencies");

        assertFalse(disabled.getBoolean("enabled"));
        assertEquals(401, whileDisabled.status(), whileDisabled.toString());
        assertEquals(200, afterEnabling.status(), afterEnabling.toString());
    }

    @Test
    void aNewAccountNeedsAStrongEnoughPassword() {
        String username = unique("it.weak");

        Reply reply = as("admin").post("/api/users", userBody(username, "OFFICER", facilityId(HOME_HOSPITAL))
                .add("password", "short").build());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(Set.of("password"), errorFields(reply));
    }

    @Test
    void anAccountWithAnUnknownRoleIsRefused() {
        Reply reply = as("admin").post("/api/users", userBody(unique("it.role"), "SUPERUSER", facilityId(HOME_HOSPITAL))
                .build());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(Set.of("roles"), errorFields(reply));
    }

    // ---------------------------------------------------------------- what the server gives away

    @Test
    void theSignInPageCarriesTheSecurityHeaders() {
        Reply page = http.anonymous().get("/login");

        assertEquals(200, page.status(), page.toString());
        assertSecurityHeaders(page);
    }

    @Test
    void aPageOpenedWithoutSigningInRedirectsToTheSignInPageWithTheSecurityHeaders() {
        Reply reply = http.anonymous().get("/");

        assertEquals(302, reply.status(), reply.toString());
        assertTrue(reply.header("Location").orElse("").contains("/liaison/login"), reply.headers().toString());
        assertSecurityHeaders(reply);
    }

    @Test
    void anApiAnswerCarriesTheSecurityHeaders() {
        Reply answer = as("officer").get("/api/agencies");

        assertEquals(200, answer.status());
        assertSecurityHeaders(answer);
        assertTrue(answer.header("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
    }

    @Test
    void aMissingPageShowsNeitherTheServerNorAStackTrace() {
        Client officer = http.signedIn("officer", PASSWORD);

        Reply inApp = officer.get("/no-such-page");
        Reply adminOnly = officer.get("/admin/users/");
        Reply outsideApp = http.anonymous().getRoot("/no-such-application/");
        Reply api = as("officer").get("/api/no-such-resource");

        assertEquals(404, inApp.status(), inApp.toString());
        assertTrue(inApp.body().contains("Page not found"), inApp.toString());
        assertTrue(Set.of(403, 404).contains(adminOnly.status()), adminOnly.toString());
        assertTrue(adminOnly.body().contains("Page not found"), "a forbidden page reads as missing: " + adminOnly);
        assertEquals(404, outsideApp.status(), outsideApp.toString());
        assertEquals(404, api.status(), api.toString());
        assertEquals(Http.PROBLEM_JSON, api.mediaType());
        for (Reply reply : List.of(inApp, adminOnly, outsideApp, api)) {
            assertRevealsNothing(reply);
        }
    }

    @Test
    void anAgencyThatDoesNotExistIsAPlainNotFound() {
        Reply reply = as("director").get("/api/agencies/999999999");

        assertNotFound(reply);
        assertRevealsNothing(reply);
    }

    // ---------------------------------------------------------------- operations

    @Test
    void theServerReportsReadyWithItsDatabase() {
        Reply ready = http.anonymous().getRoot("/health/ready");

        assertEquals(200, ready.status(), ready.toString());
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")),
                health.toString());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Reply openapi = http.anonymous().getRoot("/openapi");

        assertEquals(200, openapi.status(), openapi.toString());
        for (String path : List.of("/api/agencies", "/api/contacts", "/api/facilities", "/api/users", "/api/audit")) {
            assertTrue(openapi.body().contains(path), path + " in " + openapi);
        }
    }

    @Test
    void theOpenApiDocumentPassesAStandardValidatorAndNamesEveryStatusWithTheProblemSchema() {
        String document = http.anonymous().getRoot("/openapi").body();
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(document, null, null);

        assertEquals(List.of(), parsed.getMessages(), "validator messages");
        io.swagger.v3.oas.models.OpenAPI api = parsed.getOpenAPI();
        assertTrue(api.getComponents().getSchemas().containsKey("Problem"));
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            assertTrue(operation.getResponses().containsKey("403"), method + " " + path + " names 403");
            if (operation.getRequestBody() != null) {
                assertTrue(operation.getResponses().containsKey("400"), method + " " + path + " names 400");
                assertTrue(operation.getResponses().get("400").getContent().containsKey(Http.PROBLEM_JSON));
            }
            if (path.contains("{id}")) {
                assertTrue(operation.getResponses().containsKey("404"), method + " " + path + " names 404");
            }
        }));
    }

    @Test
    void everyRecordReadByIdCarriesItsVersionAsETag() {
        Client manager = as("manager");
        long home = facilityId(HOME_HOSPITAL);
        JsonObject agency = newAgency(manager, home);
        JsonObject contact = newContact(agency);
        long relationship = id(ok(manager.get("/api/relationships?agencyId=" + id(agency))).getJsonArray("items")
                .getJsonObject(0));
        long engagement = id(ok(as("officer").post("/api/engagements", Json.createObjectBuilder()
                .add("facilityId", home).add("agencyId", id(agency)).add("kind", "VISIT")
                .add("summary", "Walked the ED entrance with patrol").build())));
        long agreement = id(ok(manager.post("/api/agreements", Json.createObjectBuilder().add("title", "ETag MOU")
                .add("type", "MOU").add("facilityIds", Json.createArrayBuilder().add(home))
                .add("agencyIds", Json.createArrayBuilder().add(id(agency))).add("effectiveOn", "2026-01-01")
                .add("expiresOn", "2028-01-01").build())));
        for (String path : List.of("/api/agencies/" + id(agency), "/api/contacts/" + id(contact),
                "/api/relationships/" + relationship, "/api/engagements/" + engagement, "/api/agreements/" + agreement,
                "/api/facilities/" + home)) {
            Reply read = manager.get(path);
            assertEquals(200, read.status(), read.toString());
            assertEquals("\"" + read.json().getJsonNumber("version").longValue() + "\"",
                    read.header("ETag").orElse("none"), path);
        }
        Reply user = as("admin").get("/api/users/" + id(fixture.newOfficer()));
        assertEquals("\"" + user.json().getJsonNumber("version").longValue() + "\"", user.header("ETag").orElse(""));
    }

    @Test
    void anEngagementIsCorrectedWithTheVersionReadAndTheCorrectionIsAudited() {
        long home = facilityId(HOME_HOSPITAL);
        JsonObject agency = newAgency(as("manager"), home);
        JsonObject logged = ok(as("officer").post("/api/engagements", Json.createObjectBuilder()
                .add("facilityId", home).add("agencyId", id(agency)).add("kind", "CALL")
                .add("summary", "Called about the wrong shift").build()));
        String path = "/api/engagements/" + id(logged);
        JsonObjectBuilder correction = Json.createObjectBuilder().add("kind", "VISIT")
                .add("occurredOn", LocalDate.now().minusDays(1).toString())
                .add("summary", "Visited the night shift sergeant");

        long version = ok(as("officer").get(path)).getJsonNumber("version").longValue();
        JsonObject corrected = ok(as("officer").put(path, correction.add("version", version).build()));

        assertEquals("VISIT", corrected.getString("kind"));
        assertEquals(LocalDate.now().minusDays(1).toString(), corrected.getString("occurredOn"));
        assertEquals("officer", corrected.getString("recordedBy"), "who recorded it stays");
        assertEquals(409, as("manager").put(path, Json.createObjectBuilder().add("kind", "CALL")
                .add("occurredOn", "2026-01-01").add("summary", "stale").add("version", version).build()).status());
        String password = "Another-Officer-" + unique();
        Client anotherOfficer = http.as(fixture.newOfficer(password).getString("username"), password);
        assertEquals(409, anotherOfficer.put(path, Json.createObjectBuilder().add("kind", "CALL")
                .add("occurredOn", "2026-01-01").add("summary", "not mine")
                .add("version", corrected.getJsonNumber("version").longValue()).build()).status());
        assertEquals(200, as("manager").get(path).status());
        JsonObject trail = ok(as("auditor").get("/api/audit?recordType=Engagement&recordId=" + id(logged)));
        JsonObject update = trail.getJsonArray("items").getJsonObject(0);
        assertEquals("UPDATE", update.getString("action"));
        assertTrue(update.getString("changes").contains("Visited the night shift sergeant"), update.toString());
    }

    @Test
    void whoToCallAndAnAgreementsDocumentsAnswerItemsAndTotal() {
        JsonObject cards = ok(as("officer").get("/api/relationships/who-to-call?facilityId="
                + facilityId(HOME_HOSPITAL)));
        assertEquals(cards.getInt("total"), cards.getJsonArray("items").size());
        assertTrue(cards.getInt("total") > 0, cards.toString());
    }

    // ---------------------------------------------------------------- audit trail

    @Test
    void aManagersChangeToAnAgencyIsInTheAuditTrail() {
        Client manager = as("manager");
        JsonObject agency = newAgency(manager, facilityId(HOME_HOSPITAL));
        ok(manager.put("/api/agencies/" + id(agency), edit(agency, "Audited County").build()));

        JsonObject trail = ok(as("auditor").get("/api/audit?recordType=Agency&recordId=" + id(agency)));

        List<JsonObject> entries = trail.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("UPDATE", "CREATE"), entries.stream().map(e -> e.getString("action")).toList());
        JsonObject update = entries.get(0);
        assertEquals("manager", update.getString("actor"));
        assertEquals("127.0.0.1", update.getString("address"));
        assertEquals(LocalDate.now(), LocalDate.parse(update.getString("occurredAt").substring(0, 10)));
        assertTrue(update.getString("changes").contains("\"after\":\"Audited County\""), update.toString());
        assertEquals(id(agency), update.getJsonNumber("recordId").longValue());
    }

    @Test
    void anOfficerCannotReadTheAuditTrail() {
        assertForbidden(as("officer").get("/api/audit?recordType=Agency"));
    }

    // ---------------------------------------------------------------- contacts

    @Test
    void verifyingAContactMarksItVerifiedToday() {
        JsonObject contact = newContact(newAgency(as("manager"), facilityId(HOME_HOSPITAL)));
        assertTrue(contact.getBoolean("verificationDue"), "verified long ago: " + contact);

        LocalDate before = LocalDate.now();
        JsonObject verified = ok(as("manager").post("/api/contacts/" + id(contact) + "/verify", null));
        LocalDate after = LocalDate.now();

        LocalDate verifiedAt = LocalDate.parse(verified.getString("verifiedAt"));
        assertTrue(!verifiedAt.isBefore(before) && !verifiedAt.isAfter(after), verified.toString());
        assertFalse(verified.getBoolean("verificationDue"));
    }

    @Test
    void aPartnerCannotVerifyEvenTheirOwnAgencysContacts() {
        JsonObject own = ok(as("partner").get("/api/contacts?limit=1")).getJsonArray("items").getJsonObject(0);

        Reply reply = as("partner").post("/api/contacts/" + id(own) + "/verify", null);

        assertForbidden(reply);
        assertEquals(own.get("verifiedAt"), ok(as("partner").get("/api/contacts/" + id(own))).get("verifiedAt"));
    }

    // ================================================================ helpers

    private Client as(String demoUser) {
        return fixture.as(demoUser);
    }

    private static String unique() {
        return ApiFixture.unique();
    }

    private static String unique(String prefix) {
        return prefix + "." + unique();
    }

    private long facilityId(String code) {
        return fixture.facilityId(code);
    }

    private long agencyNamed(String name) {
        return fixture.agencyNamed(name);
    }

    private long agencyOnlyTheOtherHospitalWorksWith() {
        return fixture.agencyOnlyTheOtherHospitalWorksWith();
    }

    private JsonObject newContact(JsonObject agency) {
        return fixture.newContact(agency);
    }

    private static JsonObjectBuilder edit(JsonObject agency, String jurisdiction) {
        JsonObjectBuilder edit = Json.createObjectBuilder();
        for (String field : List.of("name", "type", "nonEmergencyPhone", "dispatchPhone", "address", "version")) {
            JsonValue value = agency.get(field);
            if (value != null) {
                edit.add(field, value);
            }
        }
        return edit.add("jurisdiction", jurisdiction);
    }

    private static JsonObjectBuilder userBody(String username, String role, long facilityId) {
        JsonArray facilities = role.equals("OFFICER") || role.equals("MANAGER") || role.equals("SUPERUSER")
                ? Json.createArrayBuilder().add(facilityId).build() : JsonValue.EMPTY_JSON_ARRAY;
        return Json.createObjectBuilder().add("username", username).add("displayName", "Test " + username)
                .add("email", username + "@health.example.org").add("roles", Json.createArrayBuilder().add(role))
                .add("facilityIds", facilities).add("password", throwawayPassword());
    }

    private JsonObject createUser(String username, String password) {
        Reply reply = as("admin").post("/api/users", userBody(username, "OFFICER", facilityId(HOME_HOSPITAL))
                .add("password", password).build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static void assertSecurityHeaders(Reply reply) {
        assertAll(
                () -> assertTrue(reply.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                        "Content-Security-Policy: " + reply.headers()),
                () -> assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(null)),
                () -> assertEquals("DENY", reply.header("X-Frame-Options").orElse(null)),
                () -> assertEquals("strict-origin-when-cross-origin", reply.header("Referrer-Policy").orElse(null)),
                () -> assertServerNotNamed(reply));
    }

    private static void assertServerNotNamed(Reply reply) {
        for (String header : List.of("Server", "X-Powered-By")) {
            String value = reply.header(header).orElse("").toLowerCase(Locale.ROOT);
            assertFalse(value.contains("payara") || value.contains("glassfish") || value.contains("grizzly"),
                    header + ": " + value + " in " + reply.request());
        }
    }

    /** Server names and the shapes of a stack trace ("x.y.SomeException: ...", "at x.y.Z.m(", "Z.java:42"). */
    private static final Pattern TELLS = Pattern.compile("(?i:payara|glassfish|grizzly|caused by:)"
            + "|\\b[a-z]+(\\.[a-z0-9_]+)*\\.[A-Z]\\w*(Exception|Error)(: |\\r?\\n)"
            + "|\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\.java:\\d+\\)");

    private static void assertRevealsNothing(Reply reply) {
        assertServerNotNamed(reply);
        Matcher tell = TELLS.matcher(reply.body());
        assertFalse(tell.find(), () -> "'" + tell.group() + "' in " + reply.request() + ": ..."
                + reply.body().substring(Math.max(0, tell.start() - 200), Math.min(reply.body().length(),
                tell.end() + 200)) + "...");
    }

    /** A password for an account a test creates and throws away: unique per call, long enough for the policy. */
    private static String throwawayPassword() {
        return "Correct-Horse-" + unique();
    }
}
