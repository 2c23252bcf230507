package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.web.it.ApiFixture.HOME_HOSPITAL;
import static org.liaison.web.it.ApiFixture.assertForbidden;
import static org.liaison.web.it.ApiFixture.id;
import static org.liaison.web.it.ApiFixture.newAgency;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.liaison.web.it.Http.Reply;

/**
 * The role check comes before anything else: a caller whose role may not use an endpoint gets 403 whatever the
 * body (empty, invalid, truncated) or parameters, so a refused caller learns nothing about validation or records.
 */
class RoleOrderIT extends ApiTest {

    private static final Set<String> EDITORS = Set.of("admin", "director", "manager");
    private static final Set<String> LOGGERS = Set.of("admin", "director", "manager", "officer");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> STAFF_READERS = Set.of("admin", "director", "manager", "officer", "auditor");
    /** What the intranet portal shows: staff and the portal's server read it. */
    private static final Set<String> PORTAL_READERS = Set.of("admin", "director", "manager", "officer", "auditor",
            "portal");

    record Endpoint(String method, String path, String contentType, Set<String> allowed) {
    }

    @Test
    void everyWriteAnswers403BeforeLookingAtTheBodyForARoleThatMayNotWrite() {
        JsonObject agency = newAgency(demo.as("manager"), demo.facilityId(HOME_HOSPITAL));
        long contact = id(demo.newContact(agency));
        long a = id(agency);
        String json = "application/json";
        List<Endpoint> writes = List.of(
                new Endpoint("POST", "/api/agencies", json, EDITORS),
                new Endpoint("PUT", "/api/agencies/" + a, json, EDITORS),
                new Endpoint("DELETE", "/api/agencies/" + a, null, EDITORS),
                new Endpoint("POST", "/api/contacts", json, EDITORS),
                new Endpoint("PUT", "/api/contacts/" + contact, json, EDITORS),
                new Endpoint("DELETE", "/api/contacts/" + contact, null, EDITORS),
                new Endpoint("POST", "/api/contacts/" + contact + "/verify", null, EDITORS),
                new Endpoint("POST", "/api/contacts/import", "text/csv", EDITORS),
                new Endpoint("POST", "/api/agreements", json, EDITORS),
                new Endpoint("PUT", "/api/agreements/1", json, EDITORS),
                new Endpoint("POST", "/api/agreements/1/transitions", json, EDITORS),
                new Endpoint("POST", "/api/agreements/1/documents", "application/pdf", EDITORS),
                new Endpoint("POST", "/api/agreements/calendar-run?date=not-a-date", null, ADMIN),
                new Endpoint("PUT", "/api/relationships/1", json, EDITORS),
                new Endpoint("POST", "/api/engagements", json, LOGGERS),
                new Endpoint("PUT", "/api/engagements/1", json, LOGGERS),
                new Endpoint("POST", "/api/facilities", json, ADMIN),
                new Endpoint("PUT", "/api/facilities/1", json, ADMIN),
                new Endpoint("POST", "/api/users", json, ADMIN),
                new Endpoint("PUT", "/api/users/1/enabled", json, ADMIN));
        List<Executable> checks = new ArrayList<>();
        for (Endpoint write : writes) {
            for (String role : ApiFixture.ROLES) {
                if (write.allowed().contains(role)) {
                    continue;
                }
                for (String body : write.contentType() == null ? List.of("") : List.of("", "{}", "{\"a\":{")) {
                    checks.add(() -> assertForbidden(demo.as(role).sendRaw(write.method(), write.path(),
                            write.contentType(), body.getBytes(StandardCharsets.UTF_8))));
                }
            }
        }
        assertAll(checks);
        assertEquals(200, demo.as("manager").get("/api/agencies/" + a).status(), "nothing was deleted");
    }

    @Test
    void readsOutsideTheRoleAnswer403EvenWithBadParameters() {
        List<Endpoint> reads = List.of(
                new Endpoint("GET", "/api/audit?from=yesterday", null, Set.of("admin", "auditor")),
                new Endpoint("GET", "/api/users?offset=x", null, ADMIN),
                new Endpoint("GET", "/api/users/abc", null, ADMIN),
                new Endpoint("GET", "/api/relationships?health=SOMEWHAT", null, STAFF_READERS),
                new Endpoint("GET", "/api/engagements?limit=many", null, STAFF_READERS),
                new Endpoint("GET", "/api/contacts/export", null, STAFF_READERS),
                new Endpoint("GET", "/api/relationships/who-to-call?facility=no-such-place", null, PORTAL_READERS),
                new Endpoint("GET", "/api/relationships/summary?facility=", null, PORTAL_READERS),
                new Endpoint("GET", "/api/relationships/contact-sheet?facilityId=x", null, STAFF_READERS));
        List<Executable> checks = new ArrayList<>();
        for (Endpoint read : reads) {
            for (String role : ApiFixture.ROLES) {
                if (!read.allowed().contains(role)) {
                    checks.add(() -> assertForbidden(demo.as(role).get(read.path())));
                }
            }
        }
        assertAll(checks);
    }

    @Test
    void aRoleThatMayWriteGetsTheValidationAnswerInstead() {
        Reply reply = demo.as("manager").sendRaw("POST", "/api/agencies", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
        ApiFixture.assertProblem(400, reply);
        assertEquals(Set.of("name", "type", "jurisdiction"), ApiFixture.errorFields(reply),
                reply.toString());
    }
}
