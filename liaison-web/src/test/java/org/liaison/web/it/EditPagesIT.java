package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Pages change records that exist, not only make new ones: each edit page opens with the record's values, saves one
 * changed field over the version it showed, and the change is what the API then reads (a save that validated the
 * edit as a whole new record once failed on a page nobody had saved). The meeting's cancel and the incident's waiver,
 * with their reasons, are clicked too.
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
            assertEquals("", save(b, "/meetings/edit?id=" + meeting, "meeting", "location", "",
                    "/api/meetings/" + meeting).getString("location", ""), "an emptied location is cleared, not kept");
        }
    }

    @Test
    void aManagerCancelsAMeetingAndWaivesAnIncidentsReviewGivingTheirReasons() {
        long home = demo.facilityId(ApiFixture.HOME_HOSPITAL);
        long police = demo.agencyNamed(ApiFixture.PARTNER_AGENCY);
        LocalDateTime start = LocalDate.now().plusDays(12).atTime(14, 0);
        long meeting = id(ok(demo.as("manager").post("/api/meetings", Json.createObjectBuilder()
                .add("facilityId", home).add("title", "Cancelled meeting " + ApiFixture.unique())
                .add("startsAt", start.toString()).add("endsAt", start.plusHours(1).toString())
                .add("agencyIds", Json.createArrayBuilder().add(police)).build())));
        LocalDateTime at = LocalDateTime.now().minusHours(3).withNano(0);
        long incident = id(ok(demo.as("officer").post("/api/incidents", Json.createObjectBuilder()
                .add("facilityId", home).add("agencyId", police).add("location", "Lobby " + ApiFixture.unique())
                .add("occurredAt", at.toString()).add("category", "ASSAULT_ON_STAFF")
                .add("summary", "A visitor pushed a guard; police were not needed in the end").build())));

        try (Browser b = Browser.open(deployed, false)) {
            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            b.go("/meetings/view?id=" + meeting);
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("lifecycle:reason")))
                    .sendKeys("The chief is at the state conference");
            b.driver().findElement(By.id("lifecycle:cancel")).click();
            b.confirm();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-status"), "Cancelled"));
            JsonObject cancelled = ok(demo.as("manager").get("/api/meetings/" + meeting));
            assertEquals("CANCELLED", cancelled.getString("status"));
            assertEquals("The chief is at the state conference", cancelled.getString("cancelReason"));

            b.go("/incidents/view?id=" + incident);
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:reason")))
                    .sendKeys("Minor; covered by the monthly liaison meeting");
            b.driver().findElement(By.id("decision:waive")).click();
            b.confirm();
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("waived")));
            assertTrue(b.driver().findElement(By.id("waived")).getText()
                    .contains("Minor; covered by the monthly liaison meeting"));
        }
    }

    /**
     * After the departure the contact's page says they left and lists what still names them, each a link to its page
     * (the meeting they were expected at), on the desktop and on the phone; someone nothing names gets a sentence that
     * says so. The agency's page lists them among its former contacts.
     */
    @Test
    void aManagerRecordsThatAContactLeftSeesWhatStillNamesThemAndTheAgencyPageListsThemAmongFormerContacts() {
        long home = demo.facilityId(ApiFixture.HOME_HOSPITAL);
        JsonObject agency = ApiFixture.newAgency(demo.as("manager"), home);
        JsonObject contact = demo.newContact(agency);
        String name = "Sergeant Ida " + contact.getString("lastName");
        LocalDateTime start = LocalDate.now().plusDays(20).atTime(9, 0);
        String title = "Liaison check-in " + ApiFixture.unique();
        long meeting = id(ok(demo.as("manager").post("/api/meetings", Json.createObjectBuilder()
                .add("facilityId", home).add("title", title)
                .add("startsAt", start.toString()).add("endsAt", start.plusHours(1).toString())
                .add("agencyIds", Json.createArrayBuilder().add(id(agency)))
                .add("contactIds", Json.createArrayBuilder().add(id(contact))).build())));
        JsonObject namedOnNothing = demo.newContact(agency);
        ok(demo.as("manager").post("/api/contacts/" + id(namedOnNothing) + "/left", Json.createObjectBuilder()
                .add("version", namedOnNothing.getInt("version")).build()));

        try (Browser b = Browser.open(deployed, false)) {
            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            b.go("/contacts/edit?id=" + id(contact));
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("contact:record-left"))).click();
            b.confirm();
            b.waiting().until(d -> d.getCurrentUrl().contains("/contacts/edit"));
            WebElement named = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("still-named")));
            String messages = b.driver().findElement(By.id("messages")).getText();
            assertTrue(messages.contains(name + " is recorded as having left on " + LocalDate.now()), messages);
            assertTrue(messages.contains("They held no place at an upcoming exercise."), messages);
            assertMeetingLink(named, meeting, title, start.toLocalDate());
            String notice = b.driver().findElement(By.id("left-notice")).getText();
            assertTrue(notice.startsWith("Left " + agency.getString("name") + " on " + LocalDate.now()), notice);
            assertTrue(b.driver().findElements(By.id("contact:record-left")).isEmpty(), "recorded once");
            b.screenshot("contact-left");

            b.go("/agencies/view?id=" + id(agency));
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("h-former")));
            b.screenshot("agency-former-contacts");
            assertEquals("Former contacts (2)", b.driver().findElement(By.id("h-former")).getText());
            String people = b.driver().findElement(By.id("people")).getText();
            assertTrue(people.contains(name + " · left " + LocalDate.now()), people);
            assertTrue(people.contains("Contacts (0)"), "no longer among the people to call: " + people);
            assertTrue(people.contains("Nobody at this agency is listed to call now"), people);

            b.go("/contacts/edit?id=" + id(namedOnNothing));
            String nothing = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("still-named")))
                    .getText();
            assertTrue(nothing.contains("Nothing still to come or open names them"), nothing);
            assertTrue(b.driver().findElements(By.cssSelector("#still-named a")).isEmpty(), nothing);

            b.go("/meetings/view?id=" + meeting);
            String attendees = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("attendees")))
                    .getText().replaceAll("\\s+", " ");
            assertTrue(attendees.contains(name + " · left " + LocalDate.now()), "the organiser sees they left: "
                    + attendees);
        }
        try (Browser phone = Browser.open(deployed, true)) {
            LoginPage.open(phone).signInAs("manager", ApiFixture.PASSWORD);
            phone.go("/agencies/view?id=" + id(agency));
            phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("h-former")));
            phone.screenshot("agency-former-contacts-phone");

            // shown every time the page of someone who left is opened, on the phone too
            phone.go("/contacts/edit?id=" + id(contact));
            WebElement named = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("still-named")));
            assertMeetingLink(named, meeting, title, start.toLocalDate());
            phone.screenshot("contact-still-named-phone");

            // recorded by mistake: undone from the contact's page, on the phone
            phone.waiting().until(ExpectedConditions.elementToBeClickable(By.id("contact:undo-left"))).click();
            phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("contact:record-left")));
            String messages = phone.driver().findElement(By.id("messages")).getText();
            assertTrue(messages.contains(name + " is listed again"), messages);
            assertTrue(phone.driver().findElements(By.id("left-notice")).isEmpty());
            assertTrue(phone.driver().findElements(By.id("still-named")).isEmpty(), "only for someone who left");
            phone.screenshot("contact-back-phone");
        }
        assertTrue(ok(demo.as("manager").get("/api/contacts/" + id(contact))).isNull("leftOn"),
                "a departure recorded by mistake is undone");
    }

    /** The meeting that expects them is listed under planned meetings, as a link to its page with its title and day. */
    private void assertMeetingLink(WebElement stillNamed, long meeting, String title, LocalDate day) {
        assertEquals("Planned meetings that expect them (1)",
                stillNamed.findElement(By.id("h-still-named-meetings")).getText());
        WebElement link = stillNamed.findElement(By.cssSelector("#still-named-meetings a"));
        assertEquals(title, link.getText());
        assertTrue(link.getAttribute("href").endsWith("/meetings/view?id=" + meeting), link.getAttribute("href"));
        assertTrue(stillNamed.findElement(By.id("still-named-meetings")).getText().contains("on " + day),
                stillNamed.getText());
        assertTrue(stillNamed.findElements(By.id("still-named-action-items")).isEmpty(), "they own no action item");
    }

    @Test
    void aCancellationRefusedForWantOfAReasonKeepsTheAttendanceTheManagerHadChanged() {
        long home = demo.facilityId(ApiFixture.HOME_HOSPITAL);
        JsonObject agency = ApiFixture.newAgency(demo.as("manager"), home);
        JsonObject first = demo.newContact(agency);
        JsonObject second = demo.newContact(agency);
        LocalDateTime start = LocalDate.now().plusDays(16).atTime(15, 0);
        long meeting = id(ok(demo.as("manager").post("/api/meetings", Json.createObjectBuilder()
                .add("facilityId", home).add("title", "Kept ticks " + ApiFixture.unique())
                .add("startsAt", start.toString()).add("endsAt", start.plusHours(1).toString())
                .add("agencyIds", Json.createArrayBuilder().add(id(agency)))
                .add("contactIds", Json.createArrayBuilder().add(id(first)).add(id(second))).build())));

        try (Browser b = Browser.open(deployed, false)) {
            LoginPage.open(b).signInAs("manager", ApiFixture.PASSWORD);
            b.go("/meetings/view?id=" + meeting);
            WebElement firstBox = b.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.id("lifecycle:present:0")));
            assertTrue(firstBox.isSelected(), "everyone expected is ticked at first");
            b.driver().findElement(By.cssSelector("label[for='lifecycle:present:0']")).click();
            b.waiting().until(d -> !d.findElement(By.id("lifecycle:present:0")).isSelected());

            b.driver().findElement(By.id("lifecycle:cancel")).click();
            b.confirm();
            b.waiting().until(d -> "true".equals(d.findElement(By.id("lifecycle:reason")).getDomAttribute(
                    "aria-invalid")));

            assertFalse(b.driver().findElement(By.id("lifecycle:present:0")).isSelected(), "the untick stays");
            assertTrue(b.driver().findElement(By.id("lifecycle:present:1")).isSelected());
            assertEquals("PLANNED", ok(demo.as("manager").get("/api/meetings/" + meeting)).getString("status"));
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
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
        b.driver().findElement(By.id(form + ":save")).click();
        b.waiting().until(d -> !d.getCurrentUrl().contains("/edit"));
        JsonObject after = ok(demo.as("manager").get(api));
        assertEquals(before.getInt("version") + 1, after.getInt("version"),
                page + " saved once over the version it showed");
        return after;
    }
}
