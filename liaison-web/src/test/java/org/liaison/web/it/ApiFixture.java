package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;

/**
 * The demo data set as API tests meet it: its people by role, its hospitals and agencies, and records a test
 * creates for itself under a unique name (so no test depends on another's leftovers).
 */
final class ApiFixture {

    static final String PASSWORD = System.getProperty("it.demo.password");
    /** The demo data set's home hospital: the manager and officer work there, the partner's police serve it. */
    static final String HOME_HOSPITAL = "RGH";
    static final String OTHER_HOSPITAL = "LMC";
    static final String PARTNER_AGENCY = "Riverton Police Department";
    /** The six roles people sign in with. */
    static final List<String> PEOPLE = List.of("admin", "director", "manager", "officer", "partner", "auditor");
    /** Every demo role: the people's six and the portal's server account, which reads only what the portal shows. */
    static final List<String> ROLES = List.of("admin", "director", "manager", "officer", "partner", "auditor",
            "portal");

    final Http http;

    ApiFixture(URL deployed) {
        if (PASSWORD == null) {
            throw new IllegalStateException("system property it.demo.password (set by the failsafe configuration)");
        }
        this.http = new Http(deployed);
    }

    Client as(String demoUser) {
        return http.as(demoUser, PASSWORD);
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    static JsonObject ok(Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.toString());
        return reply.json();
    }

    long facilityId(String code) {
        return ok(as("director").get("/api/facilities?limit=200")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(f -> f.getString("code").equals(code)).mapToLong(ApiFixture::id).findFirst()
                .orElseThrow(() -> new AssertionError("no facility " + code));
    }

    /** The id of a user account, looked up by the administrator. */
    long userId(String username) {
        return ok(as("admin").get("/api/users?limit=200&q=" + username)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals(username))
                .mapToLong(ApiFixture::id).findFirst().orElseThrow(() -> new AssertionError("no user " + username));
    }

    long agencyNamed(String name) {
        return ok(as("director").get("/api/agencies?limit=200&name=" + name.replace(" ", "%20")))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name)).mapToLong(ApiFixture::id).findFirst()
                .orElseThrow(() -> new AssertionError("no agency " + name));
    }

    /**
     * How many SQL statements the server ran while answering one read (the application's statement counter). Lists
     * compare a short page with a long one: equal counts mean no query per row.
     */
    long statementsFor(Client who, String path) {
        long before = statements();
        Reply reply = who.get(path);
        assertEquals(200, reply.status(), path + ": " + reply);
        return statements() - before;
    }

    private long statements() {
        String metrics = http.anonymous().getRoot("/metrics?scope=application").body();
        return metrics.lines().filter(l -> l.startsWith("liaison_sql_statements")).map(l -> l.split(" ")[1])
                .mapToLong(v -> (long) Double.parseDouble(v)).findFirst()
                .orElseThrow(() -> new AssertionError("no liaison_sql_statements metric in " + metrics));
    }

    /** An agency the home hospital works with and some other hospital does too, found as a director sees them. */
    long agencyAnotherHospitalWorksWithToo() {
        Client director = as("director");
        long homeId = facilityId(HOME_HOSPITAL);
        Set<Long> home = ids(ok(director.get("/api/agencies?limit=200&facilityId=" + homeId)));
        return ok(director.get("/api/facilities?limit=200")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().mapToLong(ApiFixture::id).filter(f -> f != homeId)
                .boxed().flatMap(f -> ids(ok(director.get("/api/agencies?limit=200&facilityId=" + f))).stream())
                .filter(home::contains).findFirst()
                .orElseThrow(() -> new AssertionError("no agency of " + HOME_HOSPITAL + " serves another hospital"));
    }

    /** An agency the other hospital works with and the home hospital does not, found as a director sees them. */
    long agencyOnlyTheOtherHospitalWorksWith() {
        Client director = as("director");
        Set<Long> home = ids(ok(director.get("/api/agencies?limit=200&facilityId=" + facilityId(HOME_HOSPITAL))));
        return ids(ok(director.get("/api/agencies?limit=200&facilityId=" + facilityId(OTHER_HOSPITAL)))).stream()
                .filter(id -> !home.contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("every agency of " + OTHER_HOSPITAL + " also serves "
                        + HOME_HOSPITAL));
    }

    static Set<Long> ids(JsonObject list) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(ApiFixture::id)
                .collect(Collectors.toSet());
    }

    static JsonObjectBuilder agencyBody(long facilityId) {
        return Json.createObjectBuilder().add("name", "IT Agency " + unique()).add("type", "MUNICIPAL_POLICE")
                .add("jurisdiction", "Test County").add("nonEmergencyPhone", "(312) 555-0199")
                .add("dispatchPhone", "+1 312 555 0198 x12").add("address", "1 Test Street")
                .add("facilityId", facilityId);
    }

    static JsonObject newAgency(Client who, long facilityId) {
        Reply reply = who.post("/api/agencies", agencyBody(facilityId).build());
        assertEquals(201, reply.status(), reply.toString());
        assertTrue(reply.header("Location").orElse("").matches(".*/api/agencies/\\d+"), reply.headers().toString());
        return reply.json();
    }

    /** A contact at the agency, last verified long ago. */
    JsonObject newContact(JsonObject agency) {
        Reply reply = as("manager").post("/api/contacts", Json.createObjectBuilder().add("agencyId", id(agency))
                .add("firstName", "Ida").add("lastName", "Test-" + unique()).add("rank", "Sergeant")
                .add("unit", "Hospital Liaison").add("phone", "(312) 555-0142").add("verifiedAt", "2020-01-15")
                .build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    /** A new officer account of the home hospital, enabled. */
    JsonObject newOfficer() {
        return newOfficer("Correct-Horse-" + unique());
    }

    /** A new officer account of the home hospital with this password, enabled. */
    JsonObject newOfficer(String password) {
        String username = "it.officer." + unique();
        Reply reply = as("admin").post("/api/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Test " + username).add("roles", Json.createArrayBuilder().add("OFFICER"))
                .add("facilityIds", Json.createArrayBuilder().add(facilityId(HOME_HOSPITAL)))
                .add("password", password).build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    static Set<String> errorFields(Reply reply) {
        JsonObject problem = reply.json();
        assertTrue(problem.containsKey("errors"), reply.toString());
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(fields.size(), Set.copyOf(fields).size(), "one entry per field: " + reply);
        return Set.copyOf(fields);
    }

    static String errorMessage(Reply reply, String field) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals(field)).map(e -> e.getString("message")).findFirst()
                .orElseThrow(() -> new AssertionError("no error on " + field + ": " + reply));
    }

    static void assertProblem(int status, Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals(Http.PROBLEM_JSON, reply.mediaType(), reply.toString());
        assertEquals(status, reply.json().getInt("status"), reply.toString());
    }

    static void assertForbidden(Reply reply) {
        assertProblem(403, reply);
    }

    static void assertNotFound(Reply reply) {
        assertProblem(404, reply);
    }

    /** 400 problem+json naming exactly these fields. */
    static void assertInvalid(Reply reply, String... fields) {
        assertProblem(400, reply);
        assertEquals(Set.of(fields), errorFields(reply), reply.toString());
    }
}
