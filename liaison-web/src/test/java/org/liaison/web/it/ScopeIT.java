package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.web.it.ApiFixture.HOME_HOSPITAL;
import static org.liaison.web.it.ApiFixture.OTHER_HOSPITAL;
import static org.liaison.web.it.ApiFixture.PARTNER_AGENCY;
import static org.liaison.web.it.ApiFixture.agencyBody;
import static org.liaison.web.it.ApiFixture.assertInvalid;
import static org.liaison.web.it.ApiFixture.assertNotFound;
import static org.liaison.web.it.ApiFixture.id;
import static org.liaison.web.it.ApiFixture.newAgency;
import static org.liaison.web.it.ApiFixture.ok;
import static org.liaison.web.it.ApiFixture.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;

/**
 * The one scope control, capability by capability: what a manager or officer of one hospital, and a partner of one
 * agency, may see and name. Another hospital's records answer 404; ids of theirs passed in are refused exactly like
 * ids that do not exist, and the answer names nothing of theirs.
 */
class ScopeIT extends ApiTest {

    private static final long NO_SUCH_ID = 987_654_321L;

    long home;
    long other;

    @BeforeEach
    void facilities() {
        home = demo.facilityId(HOME_HOSPITAL);
        other = demo.facilityId(OTHER_HOSPITAL);
    }

    // ------------------------------------------------------------------ agreements

    @Test
    void aManagerCannotMakeAnotherHospitalsAgencyAPartyNorLearnItsName() {
        JsonObject theirs = newAgency(demo.as("director"), other);
        Client manager = demo.as("manager");
        Reply outOfScope = manager.post("/api/agreements", agreement(home, id(theirs)).build());
        Reply missing = manager.post("/api/agreements", agreement(home, NO_SUCH_ID).build());
        assertInvalid(outOfScope, "agencyIds");
        assertEquals(missing.json(), outOfScope.json(), "out of scope reads exactly like missing");
        assertFalse(outOfScope.body().contains(theirs.getString("name")), outOfScope.toString());
        assertInvalid(manager.post("/api/agreements", agreement(other, id(newAgency(manager, home))).build()),
                "facilityIds");
    }

    /**
     * An agreement shared by two hospitals: the manager of one changes its terms with the parties they can see, and
     * the other hospital and its agency stay parties (they could not be seen, so they cannot be dropped by omission).
     */
    @Test
    void aManagerChangingASharedAgreementKeepsTheOtherHospitalsParties() {
        long ours = id(newAgency(demo.as("manager"), home));
        long theirs = id(newAgency(demo.as("director"), other));
        JsonObject shared = ok(demo.as("director").post("/api/agreements", agreement(home, ours)
                .add("facilityIds", Json.createArrayBuilder().add(home).add(other))
                .add("agencyIds", Json.createArrayBuilder().add(ours).add(theirs)).build()));
        JsonObject changed = ok(demo.as("manager").put("/api/agreements/" + id(shared), agreement(home, ours)
                .add("title", "Shared MOU, renamed " + unique()).add("version", shared.getInt("version")).build()));
        assertTrue(changed.getString("title").startsWith("Shared MOU, renamed"), changed.toString());
        JsonObject seen = ok(demo.as("director").get("/api/agreements/" + id(shared)));
        assertEquals(java.util.Set.of(home, other), ids(seen, "facilityIds"), seen.toString());
        assertEquals(java.util.Set.of(ours, theirs), ids(seen, "agencyIds"), seen.toString());
    }

    /** The same for a bulletin drafted for two hospitals: the manager's edit keeps the other's facility and agency. */
    @Test
    void aManagerEditingADraftForTwoHospitalsKeepsTheOthersAudience() {
        long ours = id(newAgency(demo.as("manager"), home));
        long theirs = id(newAgency(demo.as("director"), other));
        java.util.function.Function<String, JsonObjectBuilder> draft = title -> Json.createObjectBuilder()
                .add("title", title).add("body", "<p>Both hospitals</p>").add("category", "ADVISORY")
                .add("tlp", "GREEN").add("acknowledgementRequired", false);
        JsonObject shared = ok(demo.as("director").post("/api/bulletins", draft.apply("Shared advisory " + unique())
                .add("facilityIds", Json.createArrayBuilder().add(home).add(other))
                .add("agencyIds", Json.createArrayBuilder().add(ours).add(theirs)).build()));
        ok(demo.as("manager").put("/api/bulletins/" + id(shared), draft.apply("Shared advisory, reworded")
                .add("facilityIds", Json.createArrayBuilder().add(home))
                .add("agencyIds", Json.createArrayBuilder().add(ours))
                .add("version", shared.getInt("version")).build()));
        JsonObject seen = ok(demo.as("director").get("/api/bulletins/" + id(shared)));
        assertEquals("Shared advisory, reworded", seen.getString("title"));
        assertEquals(java.util.Set.of(home, other), ids(seen, "facilityIds"), seen.toString());
        assertEquals(java.util.Set.of(ours, theirs), ids(seen, "agencyIds"), seen.toString());
    }

    private static java.util.Set<Long> ids(JsonObject record, String field) {
        return record.getJsonArray(field).getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void anAgreementsOwnerMustBeAManagerOfItsFacilityOrADirector() {
        Client manager = demo.as("manager");
        long ours = id(newAgency(manager, home));
        Reply missing = manager.post("/api/agreements", agreement(home, ours).add("ownerId", NO_SUCH_ID).build());
        assertInvalid(missing, "ownerId");
        for (String notAnOwner : List.of("partner", "auditor", "admin", "officer")) {
            JsonObject user = userNamed(notAnOwner);
            Reply refused = manager.post("/api/agreements", agreement(home, ours).add("ownerId", id(user)).build());
            assertInvalid(refused, "ownerId");
            assertEquals(missing.json(), refused.json(), notAnOwner);
            assertFalse(refused.body().contains(user.getString("displayName")), refused.toString());
        }
        Reply ownedByDirector = manager.post("/api/agreements", agreement(home, ours)
                .add("ownerId", id(userNamed("director"))).build());
        assertEquals(201, ownedByDirector.status(), ownedByDirector.toString());
    }

    @Test
    void anAgencysHistoryShowsOnlyTheAgreementsOfTheCallersHospitals() {
        Client director = demo.as("director");
        JsonObject shared = newAgency(director, home);
        String title = "LMC-only MOU " + unique();
        Reply theirs = director.post("/api/agreements", agreement(other, id(shared)).add("title", title).build());
        assertEquals(201, theirs.status(), theirs.toString());
        String path = "/api/agencies/" + id(shared) + "/history?limit=50";
        assertTrue(ok(director.get(path)).toString().contains(title), "the director sees it");
        JsonObject managers = ok(demo.as("manager").get(path));
        assertFalse(managers.toString().contains(title), managers.toString());
        assertFalse(ok(demo.as("manager").get("/api/agreements?limit=200&agencyId=" + id(shared))).toString()
                .contains(title));
        assertNotFound(demo.as("manager").get("/api/agreements/" + id(theirs.json())));
    }

    // ------------------------------------------------------------------ relationships

    @Test
    void aRelationshipsDirectLinesMustBeItsOwnAgencysContactsAndNothingElseIsNamed() {
        Client manager = demo.as("manager");
        JsonObject ours = newAgency(manager, home);
        JsonObject elsewhere = newAgency(manager, home);
        JsonObject officerElsewhere = demo.newContact(elsewhere);
        JsonObject relationship = relationshipOf(manager, id(ours));
        Reply otherAgencys = manager.put("/api/relationships/" + id(relationship),
                terms(relationship).add("primaryContactId", id(officerElsewhere)).build());
        Reply missing = manager.put("/api/relationships/" + id(relationship),
                terms(relationship).add("primaryContactId", NO_SUCH_ID).build());
        assertInvalid(otherAgencys, "primaryContactId");
        assertEquals(missing.json(), otherAgencys.json());
        assertFalse(otherAgencys.body().contains(officerElsewhere.getString("lastName")), otherAgencys.toString());

        Reply partnerOwner = manager.put("/api/relationships/" + id(relationship),
                terms(relationship).add("ownerId", id(userNamed("partner"))).build());
        assertInvalid(partnerOwner, "ownerId");
        JsonObject contact = demo.newContact(ours);
        Reply sameTwice = manager.put("/api/relationships/" + id(relationship), terms(relationship)
                .add("primaryContactId", id(contact)).add("backupContactId", id(contact)).build());
        assertInvalid(sameTwice, "backupContactId");
    }

    @Test
    void anotherHospitalsRelationshipIsNotFound() {
        JsonObject theirs = newAgency(demo.as("director"), other);
        JsonObject relationship = relationshipOf(demo.as("director"), id(theirs));
        assertNotFound(demo.as("manager").get("/api/relationships/" + id(relationship)));
        assertNotFound(demo.as("manager").put("/api/relationships/" + id(relationship),
                terms(relationship).build()));
        assertNotFound(demo.as("officer").get("/api/relationships/who-to-call?facilityId=" + other));
    }

    // ------------------------------------------------------------------ engagements

    @Test
    void anOfficerLogsEngagementsOnlyForTheirFacilityWithItsAgenciesAndTheirContacts() {
        Client officer = demo.as("officer");
        JsonObject ours = newAgency(demo.as("manager"), home);
        JsonObject theirs = newAgency(demo.as("director"), other);
        assertInvalid(officer.post("/api/engagements", engagement(other, id(ours)).build()), "facilityId");
        assertInvalid(officer.post("/api/engagements", engagement(home, id(theirs)).build()), "agencyId");
        JsonObject someoneElse = demo.newContact(newAgency(demo.as("manager"), home));
        assertInvalid(officer.post("/api/engagements", engagement(home, id(ours))
                .add("contactIds", Json.createArrayBuilder().add(id(someoneElse))).build()), "contactIds");

        Reply logged = officer.post("/api/engagements", engagement(home, id(ours)).build());
        assertEquals(201, logged.status(), logged.toString());
        String location = logged.header("Location").orElseThrow();
        Reply read = officer.get(location.substring(location.indexOf("/api/")));
        assertEquals(200, read.status(), "the Location answers: " + read);
        assertEquals(id(logged.json()), id(read.json()));
    }

    @Test
    void anotherHospitalsEngagementIsNotFound() {
        JsonObject theirs = newAgency(demo.as("director"), other);
        Reply logged = demo.as("director").post("/api/engagements", engagement(other, id(theirs)).build());
        assertEquals(201, logged.status(), logged.toString());
        assertEquals(200, demo.as("auditor").get("/api/engagements/" + id(logged.json())).status());
        assertNotFound(demo.as("manager").get("/api/engagements/" + id(logged.json())));
        assertNotFound(demo.as("officer").get("/api/engagements/" + NO_SUCH_ID));
    }

    // ------------------------------------------------------------------ directory

    @Test
    void aManagerCannotAddContactsToOrMoveThemIntoAnotherHospitalsAgency() {
        Client manager = demo.as("manager");
        JsonObject theirs = newAgency(demo.as("director"), other);
        Reply refused = manager.post("/api/contacts", Json.createObjectBuilder().add("agencyId", id(theirs))
                .add("firstName", "Ann").add("lastName", "Lee").build());
        assertInvalid(refused, "agencyId");
        JsonObject contact = demo.newContact(newAgency(manager, home));
        Reply moved = manager.put("/api/contacts/" + id(contact), Json.createObjectBuilder()
                .add("agencyId", id(theirs)).add("firstName", "Ida").add("lastName", contact.getString("lastName"))
                .add("version", contact.getInt("version")).build());
        assertInvalid(moved, "agencyId");
        assertNotFound(manager.get("/api/agencies/" + id(theirs) + "/history"));
    }

    @Test
    void aPartnerSeesOnlyWhatIsAddressedToTheirAgency() {
        Client partner = demo.as("partner");
        JsonObject elsewhere = newAgency(demo.as("director"), home);
        JsonObject contact = demo.newContact(elsewhere);
        assertNotFound(partner.get("/api/agencies/" + id(elsewhere)));
        assertNotFound(partner.get("/api/contacts/" + id(contact)));
        Reply agreement = demo.as("director").post("/api/agreements", agreement(home, id(elsewhere)).build());
        assertNotFound(partner.get("/api/agreements/" + id(agreement.json())));
        long own = demo.agencyNamed(PARTNER_AGENCY);
        Reply ours = demo.as("director").post("/api/agreements", agreement(home, own).build());
        assertEquals(200, partner.get("/api/agreements/" + id(ours.json())).status(), "addressed to them");
        ApiFixture.assertForbidden(partner.get("/api/agencies/" + own + "/history"));
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObjectBuilder agreement(long facilityId, long agencyId) {
        return Json.createObjectBuilder().add("title", "Scope test MOU " + unique()).add("type", "MOU")
                .add("facilityIds", Json.createArrayBuilder().add(facilityId))
                .add("agencyIds", Json.createArrayBuilder().add(agencyId)).add("effectiveOn", "2026-01-01")
                .add("expiresOn", "2028-01-01");
    }

    private static JsonObjectBuilder engagement(long facilityId, long agencyId) {
        return Json.createObjectBuilder().add("facilityId", facilityId).add("agencyId", agencyId).add("kind", "CALL")
                .add("summary", "Walked through the ED lockdown plan");
    }

    private JsonObject relationshipOf(Client who, long agencyId) {
        return ok(who.get("/api/relationships?agencyId=" + agencyId)).getJsonArray("items").getJsonObject(0);
    }

    private static JsonObjectBuilder terms(JsonObject relationship) {
        return Json.createObjectBuilder().add("role", relationship.getString("role"))
                .add("cadenceDays", relationship.getInt("cadenceDays")).add("status", relationship.getString("status"))
                .add("version", relationship.getInt("version"));
    }

    private JsonObject userNamed(String username) {
        return ok(demo.as("admin").get("/api/users?limit=200&q=" + username)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals(username))
                .findFirst().orElseThrow(() -> new AssertionError("no user " + username));
    }
}
