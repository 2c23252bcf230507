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
        String path = deployed.getPath().endsWith("/") ? deployed.getPath().substring(0, deployed.getPath().length() - 1)
                : deployed.getPath();
        browser = Browser.open("http://127.0.0.1:" + deployed.getPort() + path, phone);
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
        RelationshipBoardPage board = RelationshipBoardPage.open(b);
        b.screenshot("relationships-board");
        assertEquals("Within cadence", board.healthOf(agencyName));
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
    void theAuditorReadsTheAuditTrail() {
        Browser b = browser(false);
        LoginPage.open(b).signInAs("auditor", PASSWORD);
        b.go("/audit/");
        b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit:table")));
        b.screenshot("audit-trail");
        assertTrue(b.driver().findElement(By.id("audit:table_data")).getText().contains("LOGIN"));
    }
}
