package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.web.it.ApiFixture.HOME_HOSPITAL;
import static org.liaison.web.it.ApiFixture.agencyBody;
import static org.liaison.web.it.ApiFixture.assertInvalid;
import static org.liaison.web.it.ApiFixture.assertProblem;
import static org.liaison.web.it.ApiFixture.errorMessage;
import static org.liaison.web.it.ApiFixture.id;
import static org.liaison.web.it.ApiFixture.newAgency;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;

/**
 * How the API reads a request body: every body that is truncated, too deep or too big answers at once (a truncated
 * body used to pin a CPU core for good), and every value of the wrong kind is a 400 naming its field. Sent by a role
 * that may write, so the body is really read. The client gives up after 20 seconds, so a hang fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BodyParsingIT {

    /** Every endpoint that takes a JSON body, with an id that exists (the body is refused before it matters). */
    private static final List<String[]> JSON_ENDPOINTS = List.of(
            new String[] {"POST", "/api/agencies", "manager"},
            new String[] {"PUT", "/api/agencies/{agency}", "manager"},
            new String[] {"POST", "/api/contacts", "manager"},
            new String[] {"PUT", "/api/contacts/{contact}", "manager"},
            new String[] {"POST", "/api/agreements", "manager"},
            new String[] {"PUT", "/api/agreements/1", "director"},
            new String[] {"POST", "/api/agreements/1/transitions", "director"},
            new String[] {"PUT", "/api/relationships/1", "director"},
            new String[] {"POST", "/api/engagements", "officer"},
            new String[] {"PUT", "/api/engagements/1", "manager"},
            new String[] {"POST", "/api/facilities", "admin"},
            new String[] {"PUT", "/api/facilities/1", "admin"},
            new String[] {"POST", "/api/users", "admin"},
            new String[] {"PUT", "/api/users/1/enabled", "admin"});

    @Deployment(testable = false)
    static WebArchive liaison() {
        return Deployments.liaison();
    }

    @ArquillianResource
    URL deployed;

    ApiFixture demo;

    @BeforeEach
    void connect() {
        demo = new ApiFixture(deployed);
    }

    @Test
    void truncatedAndMalformedBodiesAnswer400AtOnceOnEveryEndpoint() {
        JsonObject agency = newAgency(demo.as("manager"), demo.facilityId(HOME_HOSPITAL));
        long contact = id(demo.newContact(agency));
        for (String[] endpoint : JSON_ENDPOINTS) {
            String path = endpoint[1].replace("{agency}", String.valueOf(id(agency)))
                    .replace("{contact}", String.valueOf(contact));
            Client writer = demo.as(endpoint[2]);
            for (String body : List.of("{\"a\":{", "{\"a\":[", "[", "{\"name\":\"x\",", "{\"a\":\"no end")) {
                Reply reply = writer.sendRaw(endpoint[0], path, "application/json", bytes(body));
                assertInvalid(reply, "body");
                assertTrue(ApiFixture.errorMessage(reply, "body").startsWith("The body is not valid JSON"),
                        reply.toString());
            }
        }
        // the server is still answering promptly: no request thread is left spinning on those bodies
        assertEquals(200, demo.as("manager").get("/api/agencies?limit=1").status());
    }

    @Test
    void deeplyNestedBodiesAreRefusedWithoutBeingParsed() {
        Client manager = demo.as("manager");
        for (int depth : List.of(17, 5_000, 100_000)) {
            String body = "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            Reply reply = manager.sendRaw("POST", "/api/agencies", "application/json", bytes(body));
            assertInvalid(reply, "body");
            assertTrue(errorMessage(reply, "body").contains("nested deeper than"), reply.toString());
        }
    }

    @Test
    void aBodyOverTheCapAnswers413AndIsNotReadToTheEnd() {
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        assertProblem(413, demo.as("manager").sendRaw("POST", "/api/agencies", "application/json", huge));
    }

    @Test
    void numbersMustBeWholeAndInRange() {
        Client manager = demo.as("manager");
        assertInvalid(manager.post("/api/agencies", agencyBody(1).add("facilityId", 1.5).build()), "facilityId");
        assertInvalid(manager.post("/api/agencies", agencyBody(1).add("facilityId", "7").build()), "facilityId");
        assertInvalid(manager.post("/api/agencies", agencyBody(1)
                .add("facilityId", new java.math.BigInteger("99999999999999999999")).build()), "facilityId");
    }

    @Test
    void idsThatNameNoFacilityAreRefusedOnTheirField() {
        for (long facilityId : List.of(999_999L, -1L)) {
            Reply reply = demo.as("director").post("/api/agencies", agencyBody(facilityId).build());
            assertInvalid(reply, "facilityId");
        }
    }

    @Test
    void flagsMustBeTrueOrFalse() {
        long userId = id(demo.newOfficer());
        for (String body : List.of("{\"enabled\":\"maybe\"}", "{\"enabled\":0}", "{\"enabled\":\"false\"}")) {
            Reply reply = demo.as("admin").sendRaw("PUT", "/api/users/" + userId + "/enabled", "application/json",
                    bytes(body));
            assertInvalid(reply, "enabled");
        }
        JsonObject officer = ApiFixture.ok(demo.as("admin").get("/api/users/" + userId));
        assertTrue(officer.getBoolean("enabled"), "a refused body changed nothing");
    }

    @Test
    void aNullInsideAnIdListIsRefusedOnItsField() {
        String body = "{\"title\":\"MOU\",\"type\":\"MOU\",\"facilityIds\":[null],\"agencyIds\":[null,1],"
                + "\"effectiveOn\":\"2026-01-01\",\"expiresOn\":\"2027-01-01\"}";
        Reply reply = demo.as("director").sendRaw("POST", "/api/agreements", "application/json", bytes(body));
        assertInvalid(reply, "facilityIds", "agencyIds");
    }

    @Test
    void datesOutsideAnyPlausibleYearAreRefused() {
        long home = demo.facilityId(HOME_HOSPITAL);
        JsonObject agency = newAgency(demo.as("manager"), home);
        for (String date : List.of("0000-01-01", "+99999-01-01", "1800-12-31")) {
            Reply reply = demo.as("officer").post("/api/engagements", Json.createObjectBuilder()
                    .add("facilityId", home).add("agencyId", id(agency)).add("kind", "CALL")
                    .add("occurredOn", date).add("summary", "Checked in by phone").build());
            assertInvalid(reply, "occurredOn");
        }
    }

    @Test
    void namesRefuseControlAndDirectionCharacters() {
        long home = demo.facilityId(HOME_HOSPITAL);
        for (String name : List.of("Null\u0000PD", "Esc\u001b[2J PD", "Rlo \u202egpj.exe", "Two\r\nLines")) {
            Reply reply = demo.as("manager").post("/api/agencies", agencyBody(home).add("name", name).build());
            assertInvalid(reply, "name");
        }
    }

    @Test
    void unknownFieldsAreIgnoredAsAnEvolvingApiExpects() {
        long home = demo.facilityId(HOME_HOSPITAL);
        Reply reply = demo.as("manager").post("/api/agencies", agencyBody(home)
                .add("nickname", Json.createObjectBuilder().add("deep", Json.createArrayBuilder().add(1))).build());
        assertEquals(201, reply.status(), reply.toString());
    }

    @Test
    void pathAndQueryNumbersThatAreNotNumbersAnswer400NamingTheParameter() {
        Client director = demo.as("director");
        assertInvalid(director.get("/api/agencies/abc"), "id");
        assertInvalid(director.get("/api/agencies/99999999999999999999"), "id");
        assertInvalid(director.get("/api/agencies?offset=ten"), "offset");
        assertInvalid(director.get("/api/agencies?limit=1e3"), "limit");
        assertInvalid(director.get("/api/agreements?expiringWithinDays=99999999"), "expiringWithinDays");
        assertInvalid(director.get("/api/agreements?expiringWithinDays=-1"), "expiringWithinDays");
    }

    @Test
    void aContactSheetOfNoFacilityIsNotFound() {
        ApiFixture.assertNotFound(demo.as("director").get("/api/relationships/contact-sheet?facilityId=999999"));
    }

    @Test
    void aCsvWithAQuoteNeverClosedIsRefusedWithARowMessage() {
        String csv = "agency,firstName,lastName\nRiverton Police Department,\"Ann,Lee\n";
        Reply reply = demo.as("manager").sendRaw("POST", "/api/contacts/import?dryRun=true", "text/csv",
                bytes(csv));
        assertProblem(400, reply);
        assertFalse(reply.body().contains("Exception"), reply.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
