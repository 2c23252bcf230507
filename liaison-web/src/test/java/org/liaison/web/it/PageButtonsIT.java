package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.web.it.ApiFixture.assertNotFound;
import static org.liaison.web.it.ApiFixture.id;
import static org.liaison.web.it.ApiFixture.ok;
import static org.liaison.web.it.ApiFixture.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.BulletinPage;
import org.liaison.web.it.pages.ExerciseViewPage;
import org.liaison.web.it.pages.LoginPage;
import org.liaison.web.it.pages.MeetingPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The buttons no other test presses: approving a meeting's minutes and closing it, a bulletin's moves (publish,
 * withdraw, the director's privacy approval, a manager's triage of a partner's bulletin), registering for an exercise
 * and cancelling, and making, renewing and revoking the personal calendar feed. The API already does each of these;
 * the page calls the services another way (its own version held in the view, its own reason field), so each button is
 * pressed as a person would and the record is read back over the API: a page that only redraws itself fails here.
 */
@RunAsClient
class PageButtonsIT extends ApiTest {

    // ---------------------------------------------------------------- meetings

    @Test
    void aDirectorApprovesTheMinutesAndClosesAMeetingFromItsPage() {
        LocalDateTime start = LocalDateTime.now().minusHours(3).withSecond(0).withNano(0);
        JsonObject planned = ok(demo.as("manager").post("/api/meetings", Json.createObjectBuilder()
                .add("facilityId", home()).add("title", "Minuted meeting " + unique())
                .add("startsAt", start.toString()).add("endsAt", start.plusHours(1).toString())
                .add("location", "Board room").add("agencyIds", Json.createArrayBuilder().add(police())).build()));
        long meeting = id(planned);
        JsonObject held = ok(demo.as("manager").post("/api/meetings/" + meeting + "/held", version(planned)));
        ok(demo.as("manager").put("/api/meetings/" + meeting + "/minutes", Json.createObjectBuilder()
                .add("tlp", "GREEN").add("decisions", "<p>A joint walk-through of the ED next month.</p>")
                .add("version", held.getInt("version")).build()));
        assertEquals("HELD", read("/api/meetings/" + meeting).getString("status"));

        try (Browser b = signedIn("director", ApiFixture.PASSWORD)) {
            MeetingPage.open(b, meeting);
            click(b, "lifecycle:approve");
            b.waiting().until(ExpectedConditions.textToBe(By.id("meeting-status"), "Minutes approved"));
            JsonObject approved = read("/api/meetings/" + meeting);
            assertEquals("MINUTES_APPROVED", approved.getString("status"));
            assertEquals("director", approved.getString("minutesApprovedBy"), "approved by the one who pressed it");
            assertFalse(approved.isNull("minutesApprovedAt"), approved.toString());

            click(b, "lifecycle:close");
            b.waiting().until(ExpectedConditions.textToBe(By.id("meeting-status"), "Closed"));
            assertEquals("CLOSED", read("/api/meetings/" + meeting).getString("status"));
        }
    }

    // ---------------------------------------------------------------- bulletins

    @Test
    void aManagerPublishesADraftAndWithdrawsItGivingTheReasonFromItsPage() {
        long bulletin = id(ok(demo.as("manager").post("/api/bulletins",
                bulletin("Unattended bag at the ED " + unique(), "GREEN").build())));
        assertEquals("DRAFT", read("/api/bulletins/" + bulletin).getString("status"));

        try (Browser b = signedIn("manager", ApiFixture.PASSWORD)) {
            BulletinPage.open(b, bulletin);
            click(b, "moves:publish");
            waitForBulletinStatus(b, "Published");
            JsonObject published = read("/api/bulletins/" + bulletin);
            assertEquals("PUBLISHED", published.getString("status"));
            assertFalse(published.isNull("publishedAt"), published.toString());

            withdrawnGivingTheReason(b, bulletin, "moves:withdraw", "The owner came back for the bag");
        }
    }

    @Test
    void aDirectorApprovesABulletinCarryingPatientInformationFromItsPage() {
        JsonObject draft = ok(demo.as("manager").post("/api/bulletins",
                bulletin("Patient walked out of the ED " + unique(), "AMBER").add("patientInformation", true).build()));
        JsonObject submitted = ok(demo.as("manager").post("/api/bulletins/" + id(draft) + "/transitions",
                Json.createObjectBuilder().add("move", "PUBLISH").add("version", draft.getInt("version")).build()));
        assertEquals("PRIVACY_REVIEW", submitted.getString("status"), "patient information waits for the director");

        try (Browser b = signedIn("director", ApiFixture.PASSWORD)) {
            BulletinPage.open(b, id(draft));
            click(b, "moves:approve");
            waitForBulletinStatus(b, "Published");
        }
        JsonObject approved = read("/api/bulletins/" + id(draft));
        assertEquals("PUBLISHED", approved.getString("status"));
        assertFalse(approved.isNull("publishedAt"), approved.toString());
    }

    @Test
    void aManagerAcceptsOnePartnersBulletinAndDeclinesAnotherFromTheirPages() {
        long accepted = inbound("Protest planned at the main gate " + unique());
        long declined = inbound("Same protest, sent twice " + unique());
        assertEquals("TRIAGE", read("/api/bulletins/" + accepted).getString("status"));
        assertEquals("TRIAGE", read("/api/bulletins/" + declined).getString("status"));

        try (Browser b = signedIn("manager", ApiFixture.PASSWORD)) {
            BulletinPage.open(b, accepted);
            click(b, "moves:accept");
            waitForBulletinStatus(b, "Published");
            assertEquals("PUBLISHED", read("/api/bulletins/" + accepted).getString("status"));

            BulletinPage.open(b, declined);
            withdrawnGivingTheReason(b, declined, "moves:decline", "A duplicate of the first");
        }
    }

    // ---------------------------------------------------------------- exercise registrations

    /**
     * One staff place: an officer takes it with "Register me", the manager registers a second officer (waitlisted),
     * then the first cancels on the page and the second moves up.
     */
    @Test
    void anOfficerRegistersAndCancelsAndTheManagerRegistersAStaffMemberWhoMovesUpFromTheWaitlist() {
        String password = "Correct-Horse-" + unique();
        JsonObject first = demo.newOfficer(password);
        JsonObject second = demo.newOfficer();
        LocalDateTime starts = LocalDate.now().plusDays(57).atTime(13, 0);
        JsonObject exercise = ok(demo.as("manager").post("/api/exercises", Json.createObjectBuilder()
                .add("title", "Registration exercise " + unique()).add("type", "TABLETOP")
                .add("scenario", "ACTIVE_ASSAILANT").add("facilityId", home()).add("location", "Room " + unique())
                .add("startsAt", starts.toString()).add("endsAt", starts.plusMinutes(90).toString())
                .add("objectives", "Test unified command")
                .add("coreCapabilities", Json.createArrayBuilder().add("OPERATIONAL_COORDINATION"))
                .add("staffCapacity", 1).add("countsTowardCms", false).build()));
        long x = id(exercise);
        assertEquals(0, registrations(x).getInt("total"));

        try (Browser officer = signedIn(first.getString("username"), password);
             Browser manager = signedIn("manager", ApiFixture.PASSWORD)) {
            ExerciseViewPage.open(officer, x);
            click(officer, "registrations:registerMe");
            waitForNotice(officer, "is registered");
            JsonObject mine = registrationOf(x, first);
            assertEquals("REGISTERED", mine.getString("status"));
            assertFalse(mine.getBoolean("waitlisted"), "the one place is theirs");

            assertTrue(ExerciseViewPage.open(manager, x).places().startsWith("Staff 1 of 1 places taken"),
                    "the page counts the place taken");
            String picked = manager.chooseFromPicker("registrations:staff",
                    second.getString("username").substring("it.officer.".length()), second.getString("displayName"));
            assertEquals(second.getString("displayName"), picked);
            click(manager, "registrations:addStaff");
            waitForNotice(manager, "waitlist");
            JsonObject waiting = registrationOf(x, second);
            assertEquals("REGISTERED", waiting.getString("status"));
            assertTrue(waiting.getBoolean("waitlisted"), "the side is full");

            ExerciseViewPage.open(officer, x); // afresh: the list now has the second officer too
            officer.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[@id='registrations:people_data']/tr[contains(., \"" + first.getString("displayName")
                            + "\")]//button[contains(@id, ':cancelRegistration')]"))).click();
            officer.confirm();
            waitForNotice(officer, "Registration cancelled");
        }
        assertEquals("CANCELLED", registrationOf(x, first).getString("status"));
        assertFalse(registrationOf(x, second).getBoolean("waitlisted"), "the freed place went to the waitlist");
    }

    // ---------------------------------------------------------------- the calendar feed

    @Test
    void anOfficerMakesRenewsAndRevokesTheirFeedOnTheCalendarPageAndOnlyTheAddressShownLastWorks() {
        String password = "Correct-Horse-" + unique();
        JsonObject officer = demo.newOfficer(password);
        Client api = demo.http.as(officer.getString("username"), password);
        assertFalse(ok(api.get("/api/calendar/my-feed")).getBoolean("active"), "a new account has no feed");

        try (Browser b = signedIn(officer.getString("username"), password)) {
            b.go("/calendar/index");
            click(b, "feed:renew");
            String made = shownFeed(b, null);
            assertEquals(200, demo.http.anonymous().get(path(made)).status(), made);
            assertTrue(ok(api.get("/api/calendar/my-feed")).getBoolean("active"));

            click(b, "feed:renew");
            b.confirm(); // the address in use stops working, so the page asks first
            String renewed = shownFeed(b, made);
            assertNotEquals(made, renewed);
            assertNotFound(demo.http.anonymous().get(path(made)));
            assertEquals(200, demo.http.anonymous().get(path(renewed)).status(), renewed);

            click(b, "feed:revoke");
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
            b.screenshot("calendar-confirm-revoke");
            b.confirm();
            b.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("feed-url")));
            b.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("feed:revoke")));
            assertNotFound(demo.http.anonymous().get(path(renewed)));
            assertFalse(ok(api.get("/api/calendar/my-feed")).getBoolean("active"));
        }
    }

    // ---------------------------------------------------------------- helpers

    private long home() {
        return demo.facilityId(ApiFixture.HOME_HOSPITAL);
    }

    private long police() {
        return demo.agencyNamed(ApiFixture.PARTNER_AGENCY);
    }

    /** A desktop browser signed in; closed again when the sign-in fails. */
    private Browser signedIn(String username, String password) {
        Browser b = Browser.open(deployed, false);
        try {
            LoginPage.open(b).signInAs(username, password);
            return b;
        } catch (RuntimeException | AssertionError e) {
            b.close();
            throw e;
        }
    }

    /** Presses the button once it can be pressed (an Ajax update may just have drawn it). */
    private static void click(Browser b, String buttonId) {
        b.waiting().until(ExpectedConditions.elementToBeClickable(By.id(buttonId))).click();
    }

    /** The record as the manager reads it over the API. */
    private JsonObject read(String path) {
        return ok(demo.as("manager").get(path));
    }

    private static JsonObject version(JsonObject record) {
        return Json.createObjectBuilder().add("version", record.getInt("version")).build();
    }

    private JsonObjectBuilder bulletin(String title, String tlp) {
        return Json.createObjectBuilder().add("title", title).add("body", "<p>Seen near the ambulance bay</p>")
                .add("category", "BOLO").add("tlp", tlp).add("direction", "OUTBOUND")
                .add("facilityIds", Json.createArrayBuilder().add(home()))
                .add("agencyIds", Json.createArrayBuilder().add(police()))
                .add("validUntil", LocalDate.now().plusDays(30).toString()).add("acknowledgementRequired", true)
                .add("acknowledgementDeadline", LocalDate.now().plusDays(5).toString());
    }

    /** A partner's bulletin to the home hospital, waiting for a manager's triage. */
    private long inbound(String title) {
        return id(ok(demo.as("partner").post("/api/bulletins/inbound", Json.createObjectBuilder()
                .add("title", title).add("body", "<p>Saturday noon</p>").add("category", "SITUATIONAL_UPDATE")
                .add("tlp", "AMBER").add("facilityIds", Json.createArrayBuilder().add(home())).build())));
    }

    /** Types the reason, presses the move that needs one, and reads the bulletin back withdrawn with that reason. */
    private void withdrawnGivingTheReason(Browser b, long bulletin, String button, String reason) {
        b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("moves:reason"))).sendKeys(reason);
        click(b, button);
        b.confirm();
        waitForBulletinStatus(b, "Withdrawn");
        JsonObject withdrawn = read("/api/bulletins/" + bulletin);
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals(reason, withdrawn.getString("withdrawnReason"));
    }

    private static void waitForBulletinStatus(Browser b, String status) {
        b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulletin-status"), status));
    }

    private static void waitForNotice(Browser b, String text) {
        b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("registration-notice"), text));
    }

    private JsonObject registrations(long exercise) {
        return read("/api/exercises/" + exercise + "/registrations");
    }

    /** The staff member's registration for the exercise, as the API lists it. */
    private JsonObject registrationOf(long exercise, JsonObject user) {
        return registrations(exercise).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.isNull("userId") && r.getJsonNumber("userId").longValue() == id(user))
                .findFirst().orElseThrow(() -> new AssertionError(user.getString("username") + " is not registered"));
    }

    /** The feed address the page shows, once it shows one other than {@code previous}. */
    private static String shownFeed(Browser b, String previous) {
        return b.waiting().until(d -> d.findElements(By.id("feed-url")).stream().map(WebElement::getText)
                .filter(url -> url.endsWith(".ics") && !url.equals(previous)).findFirst().orElse(null));
    }

    /** The feed's path inside the application (the page shows it with the server's address). */
    private static String path(String url) {
        return url.substring(url.indexOf("/api/"));
    }
}
