package org.liaison.web.it.pages;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.web.it.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages in a real headless Chromium against the real WAR with the demo data. Each test opens its own browser
 * and creates what it changes under a unique name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

    private static final String PASSWORD = System.getProperty("it.demo.password");

    @Deployment(testable = false)
    static WebArchive liaison() {
        return Deployments.liaison();
    }

    @ArquillianResource
    URL deployed;

    private Browser browser;

    private Browser browser(boolean phone) {
        browser = Browser.open(deployed, phone);
        return browser;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerAddsAnAgencyAndFindsItInTheDirectory() {
        Browser b = browser(false);
        HomePage home = LoginPage.open(b).signInAs("manager", PASSWORD);
        assertEquals("Morgan Manager", home.signedInName());
        String name = "Ashford Park Police " + UUID.randomUUID().toString().substring(0, 6);

        AgencyViewPage saved = home.openAgencies().addAgency()
                .name(name).agencyType("Municipal police").jurisdiction("Ashford Park")
                .nonEmergencyPhone("(312) 555-0142")
                .save();
        b.screenshot("agency-saved");
        assertEquals(name, saved.heading());
        assertTrue(saved.successMessage().contains("was saved"), saved.successMessage());

        AgencyListPage list = AgencyListPage.open(b).searchByName(name);
        b.screenshot("agency-list-search");
        assertEquals(java.util.List.of(name), list.agencyNames());
    }

    @Test
    void anInvalidFormShowsEachMessageBesideItsFieldAndKeepsWhatWasTyped() {
        Browser b = browser(false);
        LoginPage.open(b).signInAs("manager", PASSWORD);
        AgencyEditPage form = AgencyListPage.open(b).addAgency()
                .jurisdiction("Town of Nowhere").nonEmergencyPhone("call me maybe")
                .saveExpectingErrors();
        b.screenshot("agency-invalid");
        assertAll(
                () -> assertTrue(form.messageBeside("name").contains("Enter the agency's name"), form.messageBeside("name")),
                () -> assertTrue(form.messageBeside("nonEmergencyPhone").contains("phone number"),
                        form.messageBeside("nonEmergencyPhone")),
                () -> assertTrue(form.messageBeside("type").contains("Choose the type"), form.messageBeside("type")),
                () -> assertEquals("", form.messageBeside("jurisdiction")),
                () -> assertTrue(form.markedInvalid("name"), "the name is marked invalid for screen readers"),
                () -> assertFalse(form.markedInvalid("jurisdiction"), "a good field is not"),
                () -> assertTrue(form.describedBy("jurisdiction").contains("area it covers"),
                        "the hint describes its input: " + form.describedBy("jurisdiction")),
                () -> assertEquals("Town of Nowhere", form.valueOf("jurisdiction")),
                () -> assertEquals("call me maybe", form.valueOf("nonEmergencyPhone")));
    }

    @Test
    void anOfficerOnAPhoneSeesDirectLinesReadOnly() {
        Browser b = browser(true);
        LoginPage.open(b).signInAs("officer", PASSWORD);
        AgencyListPage list = AgencyListPage.open(b);
        assertFalse(list.offersToAddAgency());
        AgencyViewPage police = list.searchByName("Riverton Police Department").openAgency("Riverton Police Department");
        b.screenshot("officer-phone-agency");
        assertAll(
                () -> assertFalse(police.offersEditing()),
                () -> assertFalse(police.contactNames().isEmpty()),
                () -> assertTrue(police.telLinks().stream().allMatch(t -> t.matches("tel:\\+?[0-9]{7,}")),
                        police.telLinks().toString()),
                () -> assertTrue(police.telLinks().size() >= police.contactNames().size()));
    }

    @Test
    void aManagerVerifiesAContactAndLogsACallAndTheLapsedRelationshipIsWithinCadenceAgain() {
        // A relationship of its own: a new agency of the home hospital, last called 200 days ago (lapsed: a new
        // relationship's clock starts on the day it starts), with a stale contact.
        SetUp api = new SetUp(deployed, "manager", PASSWORD);
        long home = api.json("GET", "/api/facilities", null).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String agencyName = "Millbrook Transit Police " + UUID.randomUUID().toString().substring(0, 6);
        long agency = api.json("POST", "/api/agencies", "{\"name\":\"" + agencyName + "\",\"type\":\"CAMPUS_TRANSIT\","
                + "\"jurisdiction\":\"Millbrook transit\",\"facilityId\":" + home + "}").getJsonNumber("id").longValue();
        api.json("POST", "/api/contacts", "{\"agencyId\":" + agency + ",\"firstName\":\"Rosa\",\"lastName\":\"Delgado\","
                + "\"rank\":\"Lieutenant\",\"phone\":\"(312) 555-0177\",\"verifiedAt\":\"2025-01-15\"}");
        api.json("POST", "/api/engagements", "{\"facilityId\":" + home + ",\"agencyId\":" + agency + ",\"kind\":\"CALL\","
                + "\"occurredOn\":\"" + java.time.LocalDate.now().minusDays(200) + "\",\"summary\":\"Introductions\"}");
        long relationship = api.json("GET", "/api/relationships?agencyId=" + agency, null).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();

        Browser b = browser(false);
        LoginPage.open(b).signInAs("manager", PASSWORD);
        RelationshipPage page = RelationshipPage.open(b, relationship);
        assertEquals("Lapsed", page.health());

        AgencyViewPage agencyPage = page.openAgencyPage();
        assertTrue(agencyPage.isFlaggedAsStale("Lieutenant Rosa Delgado"));
        String verified = agencyPage.verifyAContact();
        assertEquals("Lieutenant Rosa Delgado", verified);
        assertEquals("Verified " + java.time.LocalDate.now(), agencyPage.badgeOf(verified));

        RelationshipPage again = RelationshipPage.open(b, relationship)
                .logCall("Call with the watch commander about the ED weekend coverage");
        b.screenshot("relationship-call-logged");
        assertEquals("Within cadence", again.health());
        assertEquals("Call with the watch commander about the ED weekend coverage",
                again.engagementSummaries().get(0), "the call heads the relationship's engagement history");
        RelationshipBoardPage.open(b);
        b.screenshot("relationships-board");
        b.go("/relationships/?facility=" + home + "&type=CAMPUS_TRANSIT"); // other classes' agencies fill page one
        assertEquals("Within cadence", RelationshipBoardPage.waitFor(b).healthOf(agencyName));
    }

    @Test
    void theMainPagesHaveNoSeriousAccessibilityFaultOnADesktopOrAPhone() {
        Browser b = browser(false);
        LoginPage login = LoginPage.open(b);
        assertEquals("login:username", b.driver().switchTo().activeElement().getAttribute("id"),
                "the sign-in field has the focus on arrival");
        b.lookAtBothSizes("login");
        login.signInAs("manager", PASSWORD);
        assertAll(
                () -> look(b, "/", "home-manager"),
                () -> look(b, "/relationships/", "relationships-board"),
                () -> look(b, firstLink(b, "/relationships/", "a[href*='relationships/view']"), "relationship"),
                () -> look(b, "/agencies/", "agencies"),
                () -> look(b, firstLink(b, "/agencies/", "#agencies\\:table_data a[href*='agencies/view']"), "agency"),
                () -> look(b, "/agreements/", "agreements"),
                () -> look(b, firstLink(b, "/agreements/", "a[href*='agreements/view']"), "agreement"),
                () -> look(b, "/who-to-call", "who-to-call"));
    }

    @Test
    void theFormsAndTheOtherPagesHaveNoSeriousAccessibilityFaultOnADesktopOrAPhone() {
        Browser b = browser(false);
        LoginPage.open(b).signInAs("manager", PASSWORD);
        String agency = firstLink(b, "/agencies/", "#agencies\\:table_data a[href*='agencies/view']");
        assertAll(
                () -> look(b, "/agencies/edit", "agency-new"),
                () -> look(b, firstLink(b, agency, "#add-contact"), "contact-new"),
                () -> look(b, "/contacts/import", "contacts-import"),
                () -> look(b, "/agreements/edit", "agreement-new"),
                () -> look(b, "/facilities/", "facilities"),
                () -> look(b, "/notifications", "notifications"),
                () -> look(b, "/account/password", "password"));
    }

    @Test
    void theCalendarShowsAMonthAWeekAndAListThatAScreenReaderReadsAsShown() {
        Browser b = browser(false);
        LoginPage.open(b).signInAs("manager", PASSWORD);
        b.go("/calendar/index");
        b.waiting().until(d -> !d.findElements(By.cssSelector("#calendar\\:schedule .fc-daygrid-day .fc-event")).isEmpty());
        b.lookAtBothSizes("calendar");
        var day = b.driver().findElement(By.cssSelector("#calendar\\:schedule td.fc-daygrid-day"));
        assertEquals(null, day.getAttribute("aria-labelledby"), "a day is named by what it shows, not only its date");
        for (String view : java.util.List.of("timeGridWeek", "listMonth")) {
            b.driver().findElement(By.cssSelector("#calendar\\:schedule .fc-" + view + "-button")).click();
            b.waiting().until(d -> !d.findElements(By.cssSelector("#calendar\\:schedule .fc-view-harness ."
                    + ("listMonth".equals(view) ? "fc-list" : "fc-timegrid"))).isEmpty());
            b.screenshot("calendar-" + view + "-desktop");
            b.assertAccessible("calendar (" + view + ")");
        }
    }

    @Test
    void theNavigationIsOneLineOfCapabilitiesWhoseMenusOpenWithTheKeyboard() {
        Browser b = browser(false);
        LoginPage.open(b).signInAs("director", PASSWORD);
        for (String chart : java.util.List.of("facility-breakdown", "response-chart")) {
            // the director's charts, further down the home page, for a person to look at at both sizes
            for (var size : java.util.List.of(Browser.DESKTOP, Browser.PHONE)) {
                b.resizeViewport(size);
                ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                        "document.getElementById(arguments[0]).scrollIntoView();", chart);
                b.screenshot("home-director-" + chart + (size == Browser.PHONE ? "-phone" : "-desktop"));
            }
            b.resizeViewport(Browser.DESKTOP);
        }
        b.resizeViewport(Browser.PHONE);
        Object wide = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("""
                const out = [];
                document.querySelectorAll('main *').forEach(e => {
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.right > window.innerWidth + 1 && !e.closest('.ui-helper-hidden-accessible')
                            && !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 1)) {
                        out.push((e.id || e.tagName + '.' + e.className) + ' ends at ' + Math.round(r.right));
                    }
                });
                return out.slice(0, 8);
                """);
        b.resizeViewport(Browser.DESKTOP);
        assertEquals(java.util.List.of(), wide, "nothing on the director's home runs past a phone's width");
        b.driver().navigate().refresh();
        var header = b.driver().findElement(By.cssSelector("header.topbar")).getRect();
        assertTrue(header.getHeight() <= 64, "one line: header height " + header.getHeight());
        assertFalse(b.driver().findElement(By.id("navlist-calendar")).isDisplayed(), "the groups start closed");

        var calendar = b.driver().findElement(By.id("navgroup-calendar"));
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].focus();", calendar);
        calendar.sendKeys(org.openqa.selenium.Keys.ENTER);
        b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("navlist-calendar")));
        assertEquals("true", calendar.getAttribute("aria-expanded"));
        b.screenshot("menu-open-desktop");
        b.assertAccessible("home with the calendar menu open");
        calendar.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        assertEquals("nav-calendar", b.driver().switchTo().activeElement().getAttribute("id"), "down goes to the first link");
        b.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        assertEquals("nav-meetings", b.driver().switchTo().activeElement().getAttribute("id"));
        b.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertAll(
                () -> assertFalse(b.driver().findElement(By.id("navlist-calendar")).isDisplayed(), "escape closes it"),
                () -> assertEquals("navgroup-calendar", b.driver().switchTo().activeElement().getAttribute("id"),
                        "and the focus is back on its button"));

        b.driver().findElement(By.id("navgroup-training")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        b.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.END);
        assertEquals("nav-training-record", b.driver().switchTo().activeElement().getAttribute("id"));
        b.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        b.waiting().until(ExpectedConditions.urlContains("/exercises/record"));
        assertAll(
                () -> assertTrue(b.driver().findElement(By.id("navgroup-training")).findElement(By.xpath(".."))
                        .getAttribute("class").contains("current"), "the page's group is marked"),
                () -> assertEquals("page", b.driver().findElement(By.id("nav-training-record")).getAttribute("aria-current")));

        HomePage.follow(b, "directory", "agencies");
        b.waiting().until(ExpectedConditions.urlContains("/agencies/"));
        assertFalse(b.driver().findElement(By.id("navlist-directory")).isDisplayed());
    }

    @Test
    void anOfficerOnAPhoneFindsDispatchFirstOnTheirHome() {
        Browser b = browser(true);
        LoginPage.open(b).signInAs("officer", PASSWORD);
        b.lookAtBothSizes("home-officer");
        var header = b.driver().findElement(By.cssSelector("header.topbar")).getRect();
        var firstCall = b.driver().findElement(By.cssSelector("main a[href^='tel:']"));
        assertAll(
                () -> assertTrue(header.getHeight() <= 64, "header height " + header.getHeight()),
                () -> assertTrue(firstCall.getAttribute("class").contains("call-button"), firstCall.getText()),
                () -> assertTrue(firstCall.getText().toLowerCase().contains("dispatch"), firstCall.getText()),
                () -> assertTrue(firstCall.getRect().getY() + firstCall.getRect().getHeight() <= Browser.PHONE.getHeight(),
                        "first call button at y=" + firstCall.getRect().getY()),
                () -> assertTrue(firstCall.getRect().getHeight() >= 44, "call button height " + firstCall.getRect().getHeight()));

        var menu = b.driver().findElement(By.id("menu-button"));
        assertFalse(b.driver().findElement(By.id("mainnav")).isDisplayed(), "the links wait behind the menu button");
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].focus();", menu);
        menu.sendKeys(org.openqa.selenium.Keys.ENTER);
        b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mainnav")));
        b.screenshot("menu-open-phone");
        var links = b.driver().findElements(By.cssSelector("#mainnav a"));
        assertAll(
                () -> assertEquals("true", menu.getAttribute("aria-expanded")),
                () -> assertFalse(links.isEmpty()),
                () -> assertTrue(links.stream().allMatch(a -> a.getRect().getHeight() >= 44),
                        links.stream().map(a -> a.getText() + " " + a.getRect().getHeight()).toList().toString()));
        b.assertAccessible("home-officer with the menu open (phone)");
    }

    private static void look(Browser b, String path, String name) {
        if (path.startsWith("http")) {
            b.driver().get(path);
        } else {
            b.go(path);
        }
        b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        // Error pages have a heading too, but not the layout's breadcrumbs.
        assertFalse(b.driver().findElements(By.cssSelector("nav.breadcrumbs")).isEmpty(),
                name + " shows an error page: " + b.driver().findElement(By.cssSelector("main h1")).getText());
        b.lookAtBothSizes(name);
    }

    /** The address of the first link matching {@code css} on the page at {@code path} (or address). */
    private static String firstLink(Browser b, String path, String css) {
        if (path.startsWith("http")) {
            b.driver().get(path);
        } else {
            b.go(path);
        }
        return b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getAttribute("href");
    }

    @Test
    void anOfficerWhoOpensTheEditPageByAddressIsToldItDoesNotExist() {
        Browser b = browser(false);
        LoginPage.open(b).signInAs("officer", PASSWORD);
        b.go("/agencies/edit");
        assertTrue(b.driver().findElement(By.tagName("h1")).getText().contains("Page not found"));
        assertFalse(b.driver().getPageSource().contains("Payara"));
    }

    @Test
    void signingOutEndsTheSession() {
        Browser b = browser(false);
        LoginPage afterSignOut = LoginPage.open(b).signInAs("director", PASSWORD).signOut();
        assertTrue(afterSignOut.saysSignedOut() || b.driver().getCurrentUrl().contains("/login"));
        b.go("/agencies/");
        b.waiting().until(ExpectedConditions.urlContains("/login"));
        assertTrue(b.driver().getCurrentUrl().contains("continue="), b.driver().getCurrentUrl());
    }

    @Test
    void aWrongPasswordGetsTheSameNeutralMessageAsAnUnknownUser() {
        Browser b = browser(false);
        String wrongPassword = LoginPage.open(b).signInExpectingRefusal("director", "not-the-password").message();
        String unknownUser = LoginPage.open(b).signInExpectingRefusal("nobody-" + UUID.randomUUID(), "whatever").message();
        b.screenshot("login-refused");
        assertEquals(wrongPassword, unknownUser);
        assertTrue(wrongPassword.contains("Sign-in failed"), wrongPassword);
    }

    @Test
    void theAuditorReadsTheAuditTrailAsNamesAndLabelledChanges() {
        SetUp api = new SetUp(deployed, "manager", PASSWORD);
        var facility = api.json("GET", "/api/facilities", null).getJsonArray("items").getJsonObject(0);
        String name = "Brookside Police " + UUID.randomUUID().toString().substring(0, 6);
        api.json("POST", "/api/agencies", "{\"name\":\"" + name + "\",\"type\":\"MUNICIPAL_POLICE\","
                + "\"jurisdiction\":\"Brookside\",\"facilityId\":" + facility.getJsonNumber("id") + "}");

        Browser b = browser(false);
        LoginPage.open(b).signInAs("auditor", PASSWORD);
        b.go("/audit/");
        b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit:table")));
        b.lookAtBothSizes("audit-trail");
        String trail = b.driver().findElement(By.id("audit:table_data")).getText();
        assertAll(
                () -> assertTrue(trail.contains("LOGIN"), trail),
                () -> assertFalse(b.driver().findElements(By.linkText(name)).isEmpty(),
                        "the new agency's event names it and links to it"),
                () -> assertTrue(trail.contains("Agency — → " + name), "the relationship names its agency: " + trail),
                () -> assertTrue(trail.contains("Facility — → " + facility.getString("name")), trail),
                () -> assertFalse(trail.contains("\"after\""), "no raw JSON: " + trail));
    }

    @Test
    void aManagerHandsARelationshipOverByTypingPartOfAColleaguesName() {
        SetUp api = new SetUp(deployed, "manager", PASSWORD);
        var facility = api.json("GET", "/api/facilities", null).getJsonArray("items").getJsonObject(0);
        String agencyName = "Fairview Campus Police " + UUID.randomUUID().toString().substring(0, 6);
        long agency = api.json("POST", "/api/agencies", "{\"name\":\"" + agencyName + "\",\"type\":\"CAMPUS_TRANSIT\","
                + "\"jurisdiction\":\"Fairview campus\",\"facilityId\":" + facility.getJsonNumber("id") + "}")
                .getJsonNumber("id").longValue();
        long relationship = api.json("GET", "/api/relationships?agencyId=" + agency, null).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();

        Browser b = browser(false);
        LoginPage.open(b).signInAs("manager", PASSWORD);
        RelationshipPage page = RelationshipPage.open(b, relationship);
        assertEquals("Morgan Manager", page.owner(), "the manager who brought the agency in owns it");
        String colleague = page.handOverTo("staff member 2", "Staff member 2, ");
        b.screenshot("relationship-owner-picker");
        RelationshipBoardPage board = page.saveTerms();
        assertTrue(board.message().contains(agencyName), board.message());
        assertEquals(colleague, RelationshipPage.open(b, relationship).owner());
    }

    @Test
    void aManagerDraftsAnAgreementNamingItsAgencyByTypingAndTakesItToTermination() {
        SetUp api = new SetUp(deployed, "manager", PASSWORD);
        var facility = api.json("GET", "/api/facilities", null).getJsonArray("items").getJsonObject(0);
        String agencyName = "Harbor Point Sheriff " + UUID.randomUUID().toString().substring(0, 6);
        api.json("POST", "/api/agencies", "{\"name\":\"" + agencyName + "\",\"type\":\"SHERIFF\","
                + "\"jurisdiction\":\"Harbor Point county\",\"facilityId\":" + facility.getJsonNumber("id") + "}");
        String title = "Mutual aid with " + agencyName;

        Browser b = browser(false);
        LoginPage.open(b).signInAs("manager", PASSWORD);
        AgreementEditPage form = AgreementEditPage.openNew(b).title(title).agreementType("Mutual aid")
                .effective(java.time.LocalDate.now().minusDays(1), java.time.LocalDate.now().plusYears(2))
                .facility(facility.getString("name"));
        String picked = form.addAgency(agencyName.substring(0, 20));
        assertEquals(agencyName, picked);
        assertEquals(java.util.List.of(agencyName), form.agencies());
        b.lookAtBothSizes("agreement-edit-picker");

        AgreementPage agreement = form.save();
        assertAll(
                () -> assertEquals(title, agreement.heading()),
                () -> assertEquals("Draft", agreement.status()),
                () -> assertTrue(agreement.parties().contains(agencyName), agreement.parties()));

        AgreementPage active = agreement.submitForReview().sign().activate();
        assertEquals("Active", active.status());
        assertTrue(active.message().contains("Active"), active.message());

        String refusal = active.terminateWithoutReason();
        assertTrue(refusal.toLowerCase().contains("reason"), refusal);
        AgreementPage ended = active.terminate("The sheriff's office merged into the county police");
        b.screenshot("agreement-terminated");
        assertAll(
                () -> assertEquals("Terminated", ended.status()),
                () -> assertFalse(ended.offersLifecycle(), "a terminated agreement offers no more moves"));
    }

    @Test
    void aDirectorOpensTheListBehindEachHomeFigureAndKeepsTheFiltersInTheAddress() {
        Browser b = browser(false);
        HomePage home = LoginPage.open(b).signInAs("director", PASSWORD);
        b.lookAtBothSizes("home-director");
        assertTrue(home.breakdownFacilities().size() > 1, home.breakdownFacilities().toString());
        String lapsedFigure = home.figure("lapsed");

        RelationshipBoardPage lapsed = home.openBoardBehind("lapsed");
        assertAll(
                () -> assertTrue(b.driver().getCurrentUrl().contains("health=LAPSED"), b.driver().getCurrentUrl()),
                () -> assertEquals("Lapsed", lapsed.healthFilter()),
                () -> assertFalse(lapsed.healths().isEmpty(), "the demo data has lapsed relationships: " + lapsedFigure),
                () -> assertTrue(lapsed.healths().stream().allMatch("Lapsed"::equals), lapsed.healths().toString()));

        RelationshipBoardPage narrowed = lapsed.showFacility(lapsed.facilityOfFirstRow());
        String bookmark = b.driver().getCurrentUrl();
        assertAll(
                () -> assertTrue(bookmark.contains("health=LAPSED") && bookmark.contains("facility="), bookmark),
                () -> assertTrue(narrowed.healths().stream().allMatch("Lapsed"::equals), narrowed.healths().toString()));
        b.driver().get(bookmark);
        RelationshipBoardPage reopened = RelationshipBoardPage.waitFor(b);
        assertEquals(narrowed.healths().size(), reopened.healths().size(), "the bookmark opens the same board");
        java.util.List<String> byName = reopened.sortByAgency().agencyNames();
        assertFalse(byName.isEmpty());
        assertEquals(byName.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), byName, "sorted as people read");
        b.resizeViewport(new org.openqa.selenium.Dimension(900, 1000));
        b.screenshot("relationships-board-tablet");
        b.go("/");
        b.screenshot("home-director-tablet");
    }

    @Test
    void whoToCallOpensOnTheFacilityChosenLastInTheSession() {
        Browser b = browser(false);
        LoginPage.open(b).signInAs("director", PASSWORD);
        b.go("/who-to-call");
        b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("calls:facility")));
        String first = b.driver().findElement(By.id("calls:facility_label")).getText();
        String other = b.driver().findElements(By.cssSelector("#calls\\:facility_input option")).stream()
                .map(o -> o.getAttribute("textContent")).filter(t -> !t.equals(first)).findFirst().orElseThrow();
        b.chooseFromMenu("calls:facility", other);
        b.waiting().until(d -> d.findElement(By.id("calls:cards")).getText().length() > 0);
        b.go("/");
        b.go("/who-to-call");
        b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("calls:facility")));
        assertEquals(other, b.driver().findElement(By.id("calls:facility_label")).getText());
    }


    @Test
    void aManagerCorrectsAContactsRankAndMovesThemToAnotherAgencyByTypingItsName() {
        SetUp api = new SetUp(deployed, "manager", PASSWORD);
        long facility = api.json("GET", "/api/facilities", null).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long from = agency(api, "Oakdale Police " + suffix, facility);
        String toName = "Oakdale County Sheriff " + suffix;
        agency(api, toName, facility);
        long contact = api.json("POST", "/api/contacts", "{\"agencyId\":" + from + ",\"firstName\":\"Ana\","
                + "\"lastName\":\"Ruiz\",\"rank\":\"Sergeant\",\"phone\":\"(312) 555-0133\"}")
                .getJsonNumber("id").longValue();

        Browser b = browser(false);
        LoginPage.open(b).signInAs("manager", PASSWORD);
        ContactEditPage form = ContactEditPage.open(b, contact).rank("Lieutenant");
        assertEquals(toName, form.moveTo(toName));
        b.lookAtBothSizes("contact-edit");
        AgencyViewPage moved = form.save();
        assertAll(
                () -> assertEquals(toName, moved.heading()),
                () -> assertTrue(moved.successMessage().contains("Lieutenant Ana Ruiz"), moved.successMessage()),
                () -> assertEquals(java.util.List.of("Lieutenant Ana Ruiz"), moved.contactNames()));
    }

    @Test
    void aManagerChecksACsvFileBeforeImportingIt() throws java.io.IOException {
        SetUp api = new SetUp(deployed, "manager", PASSWORD);
        long facility = api.json("GET", "/api/facilities", null).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String name = "Lakeside Transit Police " + UUID.randomUUID().toString().substring(0, 6);
        long agency = agency(api, name, facility);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("lakeside-contacts", ".csv");
        java.nio.file.Files.writeString(file, String.join(",", "agency", "firstName", "lastName", "rank", "unit",
                "jointRole", "phone", "mobile", "radioChannel", "email", "preferredMethod", "verifiedAt", "notes") + "\n"
                + name + ",Maria,Lopez,Sergeant,Patrol,,(312) 555-0191,,,,,,\n"
                + name + ",Tom,Becker,Officer,Transit,,(312) 555-0192,,,,,,\n");

        Browser b = browser(false);
        LoginPage.open(b).signInAs("manager", PASSWORD);
        ImportPage page = ImportPage.open(b).check(file);
        java.nio.file.Files.delete(file); // uploaded by the check: the page keeps the rows, not the file
        b.lookAtBothSizes("contacts-import-checked");
        assertAll(
                () -> assertTrue(page.checkHeading().contains("2 rows"), page.checkHeading()),
                () -> assertEquals("Import 2 contacts", page.importButton()));
        assertEquals(0, api.json("GET", "/api/contacts?agencyId=" + agency, null).getInt("total"),
                "a check imports nothing");

        String done = page.importChecked();
        assertTrue(done.contains("2 contacts imported"), done);
        assertEquals(2, api.json("GET", "/api/contacts?agencyId=" + agency, null).getInt("total"));
    }

    @Test
    void anAdministratorAddsAnOfficerAndLaterDisablesTheAccount() {
        String username = "ops." + UUID.randomUUID().toString().substring(0, 6);
        Browser b = browser(false);
        LoginPage.open(b).signInAs("admin", PASSWORD);
        String facility = new SetUp(deployed, "admin", PASSWORD).json("GET", "/api/facilities", null)
                .getJsonArray("items").getJsonObject(0).getString("name");
        String saved = UserAdminPage.addUser(b).type("username", username).type("displayName", "Jordan Night Shift")
                .type("email", username + "@health.example.org").role("Security officer").facility(facility)
                .type("password", "Night-Shift-Rounds-2026").save();
        assertTrue(saved.contains(username), saved);
        assertEquals("Active", UserAdminPage.statusInList(b, username));

        UserAdminPage account = UserAdminPage.open(b, username);
        b.lookAtBothSizes("user-edit");
        String disabled = account.disable();
        assertAll(
                () -> assertTrue(disabled.contains("disabled"), disabled),
                () -> assertEquals("Enable account", account.toggleLabel()));
        assertEquals("Disabled", UserAdminPage.statusInList(b, username));
    }

    private static long agency(SetUp api, String name, long facility) {
        return api.json("POST", "/api/agencies", "{\"name\":\"" + name + "\",\"type\":\"MUNICIPAL_POLICE\","
                + "\"jurisdiction\":\"" + name + " area\",\"facilityId\":" + facility + "}").getJsonNumber("id")
                .longValue();
    }
}
