package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.LoginPage;
import org.liaison.web.it.pages.RelationshipPage;

/**
 * The relationship page keeps the relationship's id and the version the person saw in the session, not the
 * relationship (it is read again when the session has travelled): saving its terms still notices a colleague's change
 * made since the page was opened, and never overwrites it.
 */
@RunAsClient
class RelationshipPageIT extends ApiTest {

    @Test
    void savingTermsNoticesAColleaguesChangeMadeSinceThePageOpened() {
        JsonObject agency = ApiFixture.newAgency(demo.as("manager"), demo.facilityId(ApiFixture.HOME_HOSPITAL));
        JsonObject relationship = demo.as("manager").get("/api/relationships?agencyId=" + ApiFixture.id(agency)).json()
                .getJsonArray("items").getJsonObject(0);
        long id = ApiFixture.id(relationship);
        try (Browser manager = Browser.open(deployed, false)) {
            LoginPage.open(manager).signInAs("manager", ApiFixture.PASSWORD);
            RelationshipPage page = RelationshipPage.open(manager, id);

            Http.Reply changed = demo.as("manager").put("/api/relationships/" + id, Json.createObjectBuilder()
                    .add("role", "MUTUAL_AID").add("cadenceDays", 45).add("status", "ACTIVE")
                    .add("notes", "Changed meanwhile").add("version", relationship.getInt("version")).build());
            assertEquals(200, changed.status(), changed.toString());

            String refused = page.saveTermsRefused("Someone else changed this record");
            assertTrue(refused.contains("Someone else changed this record"), refused);
            JsonObject kept = demo.as("manager").get("/api/relationships/" + id).json();
            assertEquals("MUTUAL_AID", kept.getString("role"), "the colleague's change stands");
            assertEquals(45, kept.getInt("cadenceDays"));

            // opened again, the page shows the colleague's terms and saves (the board opens with the confirmation)
            RelationshipPage.open(manager, id).saveTerms();
            assertEquals("MUTUAL_AID", demo.as("manager").get("/api/relationships/" + id).json().getString("role"));
        }
    }
}
