package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.pages.AgencyViewPage;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.LoginPage;

/**
 * The agency page keeps only the agency's id and the version the person saw in the session (what it shows is read
 * again for a postback): deleting still notices a colleague's change made since, and deletes what was seen otherwise.
 */
@RunAsClient
class AgencyPageIT extends ApiTest {

    @Test
    void deletingFromTheAgencyPageNoticesAColleaguesChangeMadeSinceItOpened() {
        JsonObject agency = ApiFixture.newAgency(demo.as("manager"), demo.facilityId(ApiFixture.HOME_HOSPITAL));
        long id = ApiFixture.id(agency);
        try (Browser manager = Browser.open(deployed, false)) {
            LoginPage.open(manager).signInAs("manager", ApiFixture.PASSWORD);
            AgencyViewPage page = AgencyViewPage.open(manager, id);
            assertEquals(agency.getString("name"), page.heading());

            JsonObject seen = demo.as("manager").get("/api/agencies/" + id).json();
            var change = jakarta.json.Json.createObjectBuilder();
            for (String field : java.util.List.of("name", "type", "nonEmergencyPhone", "dispatchPhone", "address",
                    "version")) {
                if (seen.containsKey(field)) {
                    change.add(field, seen.get(field));
                }
            }
            Http.Reply changed = demo.as("manager").put("/api/agencies/" + id,
                    change.add("jurisdiction", "Changed meanwhile").build());
            assertEquals(200, changed.status(), changed.toString());

            String refused = page.deleteConfirmed();
            assertTrue(refused.contains("Someone else changed this record"), refused);
            assertEquals(200, demo.as("manager").get("/api/agencies/" + id).status(), "not deleted");

            String deleted = AgencyViewPage.open(manager, id).deleteConfirmed();
            assertTrue(deleted.contains("was deleted"), deleted);
            assertEquals(404, demo.as("manager").get("/api/agencies/" + id).status());
        }
    }
}
