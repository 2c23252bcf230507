package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.web.it.ApiFixture.id;
import static org.liaison.web.it.ApiFixture.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.LoginPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The edit pages change a record that exists, not only make new ones: each opens with the record's values, saves one
 * changed field over the version it showed, and the change is what the API then reads (a save that validated the
 * edit as a whole new record once failed on a page nobody had saved).
 */
@RunAsClient
class EditPagesIT extends ApiTest {

    @Test
    void aManagerChangesAnAgencyAnAgreementAndAMeetingFromTheirEditPages() {
        long home = demo.facilityId(ApiFixture.HOME_HOSPITAL);
        JsonObject agency = ApiFixture.newAgency(demo.as("manager"), home);
        long agreement = id(ok(demo.as("manager").post("/api/agreements", Json.createObjectBuilder()
                .add("title", "Edited MOU " + ApiFixture.unique()).add("type", "MOU")
                .add("facilityIds", Json.createArrayBuilder().add(home))
                .add("agencyIds", Json.createArrayBuilder().add(id(agency)))
                .add("effectiveOn", LocalDate.now().toString())
                .add("expiresOn", LocalDate.now().plusYears(2).toString()).build())));
        LocalDateTime start = LocalDate.now().plusDays(9).atTime(10, 0);
        long meeting = id(ok(demo.as("manager").post("/api/meetings", Json.createObjectBuilder()
                .add("facilityId", home).add("title", "Edited meeting " + ApiFixture.unique())
                .add("startsAt", start.toString()).add("endsAt", start.plusHours(1).toString())
                .add("location", "Board room").add("agencyIds", Json.createArrayBuilder().add(id(agency))).build())));

        try (Browser b = Browser.open(deployed, false)) {
            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            assertEquals("Lakeside County", save(b, "/agencies/edit?id=" + id(agency), "agency", "jurisdiction",
                    "Lakeside County", "/api/agencies/" + id(agency)).getString("jurisdiction"));
            assertEquals("Mutual aid for the marathon", save(b, "/agreements/edit?id=" + agreement, "agreement",
                    "title", "Mutual aid for the marathon", "/api/agreements/" + agreement).getString("title"));
            assertEquals("Emergency department conference room", save(b, "/meetings/edit?id=" + meeting, "meeting",
                    "location", "Emergency department conference room", "/api/meetings/" + meeting)
                    .getString("location"));
        }
    }

    /**
     * Opens an edit page, checks it shows the record as the API reads it, replaces one text field, saves, and answers
     * the record as the API reads it afterwards (its version higher).
     */
    private JsonObject save(Browser b, String page, String form, String field, String value, String api) {
        JsonObject before = ok(demo.as("manager").get(api));
        b.go(page);
        WebElement input = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(form + ":" + field)));
        assertEquals(before.getString(field, ""), input.getDomProperty("value"), page + " opens with the record");
        input.clear();
        input.sendKeys(value);
        b.driver().findElement(By.id(form + ":save")).click();
        b.waiting().until(d -> !d.getCurrentUrl().contains("/edit"));
        JsonObject after = ok(demo.as("manager").get(api));
        assertTrue(after.getInt("version") > before.getInt("version"), page + " saved over the version it showed");
        return after;
    }
}
