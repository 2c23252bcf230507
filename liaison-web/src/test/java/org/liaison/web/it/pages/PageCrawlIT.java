package org.liaison.web.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.web.it.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page as each of the six demo roles would find it: the navigation, and from each page the first link to
 * every other page (the first row of a list, its "new" and "edit" actions), followed until no new kind of page
 * turns up. Every page must answer without a server error, show no raw bundle key and log no console error, and each
 * kind of page (and the not-found page) must pass axe-core without serious or critical violations, checked once at
 * desktop size by the first role that reaches it; pages
 * of another hospital's or another agency's records, and malformed ids, must answer the not-found page (404).
 * After the crawl the server must not have logged a session it could not serialize.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCrawlIT {

    private static final String PASSWORD = System.getProperty("it.demo.password");
    /** A page with more kinds of links than this is a crawl gone astray, not a real page set. */
    private static final int MAX_PAGES = 120;
    private static final Pattern UNRESOLVED_KEY = Pattern.compile("\\?\\?\\?[^?\\s]+\\?\\?\\?|\\{[a-zA-Z]+(\\.[a-zA-Z0-9]+)+\\}");
    private static final Pattern SERIALIZATION_FAILURE = Pattern.compile("Cannot serialize session attribute|NotSerializableException");

    private static ServerLog serverLog;
    /**
     * The kinds of page axe-core has checked, across all roles: each kind once, at desktop size, by the first role
     * that reaches it (the crawl runs its roles one after another in one JVM).
     */
    private static final Set<String> AXE_CHECKED_KINDS = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    /** How long the axe-core checks took, all roles together (printed, so the crawl's cost stays visible). */
    private static final java.util.concurrent.atomic.AtomicLong AXE_NANOS = new java.util.concurrent.atomic.AtomicLong();

    @Deployment(testable = false)
    static WebArchive liaison() {
        return Deployments.liaison();
    }

    @ArquillianResource
    URL deployed;

    private Browser browser;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void watchServerLog() {
        serverLog = ServerLog.watch(SERIALIZATION_FAILURE);
    }

    @AfterAll
    static void stopWatching() {
        serverLog.close();
    }

    @BeforeEach
    void openBrowser() {
        serverLog.clear();
        browser = Browser.openRecording(Browser.applicationAt(deployed));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorOpensEveryPage() {
        OtherHospital any = OtherHospital.create(deployed);
        crawl("admin");
        expectShown("admin", any.pages());
        expectNotFound("admin", "/agencies/view?id=abc", "/agreements/view?id=99999999999999999999",
                "/admin/users/edit?id=-1", "/relationships/view?id=1e3", "/agreements/view");
        aPageWhoseStateIsLostShowsTheExpiredPage("admin");
        assertNoProblems();
    }

    @Test
    void aDirectorOpensEveryPage() {
        OtherHospital any = OtherHospital.create(deployed);
        crawl("director");
        expectShown("director", any.pages());
        expectNotFound("director", "/contacts/edit?id=abc", "/agencies/edit?id=99999999999999999999",
                "/relationships/view", "/agencies/view");
        assertNoProblems();
    }

    @Test
    void aManagerOpensEveryPageOfTheirHospitalAndNoneOfAnother() {
        OtherHospital other = OtherHospital.create(deployed);
        crawl("manager");
        loggingAnEngagementWithoutSummaryNamesWhatIsMissing();
        expectNotFound("manager", other.pages());
        expectNotFound("manager", "/agencies/view?id=abc", "/agreements/edit?id=99999999999999999999");
        assertNoProblems();
    }

    @Test
    void anOfficerOpensEveryPageOfTheirHospitalAndNoneOfAnother() {
        OtherHospital other = OtherHospital.create(deployed);
        crawl("officer");
        expectNotFound("officer", other.pages());
        assertNoProblems();
    }

    @Test
    void aPartnerOpensTheirAgencysPagesAndNoneOfTheStaffPages() {
        OtherHospital other = OtherHospital.create(deployed);
        crawl("partner");
        expectNotFound("partner", other.pages());
        expectNotFound("partner", "/relationships/index", "/who-to-call", "/relationships/view?id=" + other.relationship,
                "/admin/users/index", "/audit/index", "/facilities/edit", "/disclosures/index", "/bulletins/edit");
        exportingContactsIsNotFound();
        assertNoProblems();
    }

    @Test
    void twoPartnersOfDifferentAgenciesEachReachTheirOwnBulletinsAndNeitherTheOthers() {
        long forPartner = AgencyBulletin.publishTo(deployed, "partner");
        long forPartner2 = AgencyBulletin.publishTo(deployed, "partner2");
        crawl("partner2");
        expectShown("partner2", "/bulletins/view?id=" + forPartner2, "/bulletins/inbound");
        expectNotFound("partner2", "/bulletins/view?id=" + forPartner, "/bulletins/edit", "/bulletins/edit?id="
                + forPartner2, "/disclosures/index", "/disclosures/accounting", "/disclosures/edit",
                "/relationships/index", "/who-to-call", "/audit/index");
        assertNoProblems();
        browser.driver().manage().deleteAllCookies(); // sign in afresh as the other partner
        LoginPage.open(browser).signInAs("partner", PASSWORD);
        expectShown("partner", "/bulletins/view?id=" + forPartner);
        expectNotFound("partner", "/bulletins/view?id=" + forPartner2, "/disclosures/index",
                "/disclosures/view?id=1");
        assertNoProblems();
    }

    /** An AMBER bulletin a manager publishes to one partner's agency (as the partner's own API sees it). */
    private static final class AgencyBulletin {

        static long publishTo(URL deployed, String partner) {
            long agency = new SetUp(deployed, partner, PASSWORD).json("GET", "/api/agencies", null)
                    .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            SetUp manager = new SetUp(deployed, "manager", PASSWORD);
            long facility = manager.json("GET", "/api/facilities?limit=100", null).getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().filter(f -> "RGH".equals(f.getString("code")))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            JsonObject draft = manager.json("POST", "/api/bulletins", "{\"title\":\"Crawl bulletin for " + partner
                    + " " + UUID.randomUUID().toString().substring(0, 8) + "\",\"body\":\"<p>x</p>\","
                    + "\"category\":\"ADVISORY\",\"tlp\":\"AMBER\",\"facilityIds\":[" + facility + "],"
                    + "\"agencyIds\":[" + agency + "],\"acknowledgementRequired\":false}");
            long id = draft.getJsonNumber("id").longValue();
            manager.json("POST", "/api/bulletins/" + id + "/transitions", "{\"move\":\"PUBLISH\",\"version\":"
                    + draft.getInt("version") + "}");
            return id;
        }

        private AgencyBulletin() {
        }
    }

    @Test
    void anAuditorOpensEveryPage() {
        crawl("auditor");
        expectNotFound("auditor", "/admin/users/edit", "/facilities/edit", "/agencies/view?id=",
                "/agreements/view?id=abc");
        assertNoProblems();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Signs in, then opens each kind of page reachable from the navigation once, breadth first. */
    private void crawl(String role) {
        LoginPage.open(browser).signInAs(role, PASSWORD);
        browser.lastPageStatus();
        browser.consoleErrors();
        headerIsOneLine(role);
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seenKinds = new LinkedHashSet<>();
        seenKinds.add(kindOf("/"));
        while (!queue.isEmpty()) {
            String page = queue.poll();
            if (!visit(role, page, 200)) {
                continue;
            }
            for (String link : linksOnPage()) {
                if (seenKinds.add(kindOf(link))) {
                    queue.add(link);
                }
            }
            assertTrue(seenKinds.size() <= MAX_PAGES, "the crawl found more kinds of pages than expected: " + seenKinds);
        }
        assertTrue(seenKinds.size() >= 5, role + " reached too few pages: " + seenKinds);
        System.out.println("crawl " + role + ": " + seenKinds.size() + " kinds of pages " + seenKinds);
        System.out.println("axe-core has checked " + AXE_CHECKED_KINDS.size() + " kinds of pages so far, in "
                + AXE_NANOS.get() / 1_000_000 + " ms: " + AXE_CHECKED_KINDS);
        noSessionSerializationFailure(role);
    }

    /** On a 1366 px desktop the header (brand, navigation groups, the person's box) stays on one line. */
    private void headerIsOneLine(String role) {
        List<?> measured = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const middles = Array.from(document.querySelectorAll('.topbar .brand, .nav-top > li, .userbox > *'))
                    .map(e => e.getBoundingClientRect()).filter(r => r.height > 0).map(r => r.top + r.height / 2);
                return [Math.round(Math.max(...middles) - Math.min(...middles)),
                        Math.round(document.querySelector('header.topbar').getBoundingClientRect().height)];
                """);
        long spread = ((Number) measured.get(0)).longValue();
        long height = ((Number) measured.get(1)).longValue();
        if (height > 64 || spread > 8) {
            problems.add(role + ": the header is not one line on a desktop: " + height + " px tall, its items' middles "
                    + spread + " px apart");
        }
        browser.screenshot("crawl-" + role + "-header");
    }

    /**
     * Opens a page and records each way it fails; true when it showed a normal page. Expecting 404 accepts the
     * 403 of a path web.xml guards by role: the container answers it, with the same not-found page.
     */
    private boolean visit(String role, String path, int expectedStatus) {
        browser.go(path);
        browser.waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        Integer status = browser.lastPageStatus();
        String where = role + " " + path;
        browser.screenshot(screenshotName(role, path));
        boolean statusAsExpected = status != null && (status == expectedStatus || expectedStatus == 404 && status == 403);
        if (!statusAsExpected) {
            problems.add(where + ": HTTP " + status + ", expected " + expectedStatus);
        }
        String errorPage = browser.driver().findElement(By.tagName("body")).getAttribute("data-error");
        String expectedErrorPage = expectedStatus == 404 ? "404" : null;
        if (!java.util.Objects.equals(blankToNull(errorPage), expectedErrorPage)) {
            problems.add(where + ": shows error page " + errorPage + ", expected " + expectedErrorPage);
        }
        if (expectedErrorPage == null && browser.driver().findElements(By.id("current-user")).isEmpty()) {
            problems.add(where + ": not a signed-in page (" + browser.driver().getCurrentUrl() + ")");
        }
        String text = browser.driver().findElement(By.tagName("body")).getText();
        Matcher key = UNRESOLVED_KEY.matcher(text + "\n" + browser.driver().getPageSource());
        if (key.find()) {
            problems.add(where + ": unresolved key " + key.group());
        }
        for (String error : browser.consoleErrors()) {
            boolean expected = expectedStatus == 404 && error.contains("status of " + status);
            if (!expected) {
                problems.add(where + ": console error " + error);
            }
        }
        boolean normalPage = expectedErrorPage == null && errorPage == null;
        if (normalPage || statusAsExpected && expectedErrorPage != null) {
            checkAccessibilityOnce(where, normalPage ? kindOf(path) : "error page " + expectedErrorPage);
        }
        return normalPage;
    }

    /** axe-core on the page shown, the first time any role reaches this kind of page; a violation is a problem. */
    private void checkAccessibilityOnce(String where, String kind) {
        if (!AXE_CHECKED_KINDS.add(kind)) {
            return;
        }
        long start = System.nanoTime();
        try {
            browser.assertAccessible(where + " (kind " + kind + ")");
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        } finally {
            AXE_NANOS.addAndGet(System.nanoTime() - start);
        }
    }

    /** Pages the crawl may not reach from a first row (e.g. editing an agreement still in draft). */
    private void expectShown(String role, String... paths) {
        for (String path : paths) {
            visit(role, path, 200);
        }
    }

    private void expectNotFound(String role, String... paths) {
        for (String path : paths) {
            visit(role, path, 404);
        }
    }

    /** The application's own pages linked from this one (navigation, actions, lists), without fragments. */
    @SuppressWarnings("unchecked")
    private List<String> linksOnPage() {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('nav.mainnav a, .userbox a, main a'))"
                        + ".map(a => a.href).filter(h => h);");
        List<String> links = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(browser.base() + "/")) {
                continue;
            }
            String path = href.substring(browser.base().length());
            int fragment = path.indexOf('#');
            if (fragment >= 0) {
                path = path.substring(0, fragment);
            }
            if (path.isEmpty() || path.startsWith("/login") || path.startsWith("/jakarta.faces.resource")
                    || path.startsWith("/resources/")) {
                continue;
            }
            links.add(path);
        }
        return links;
    }

    /** A kind of page: its path and the names of its parameters (agencies/edit and agencies/edit?id differ). */
    private static String kindOf(String path) {
        URI uri = URI.create(path);
        String p = uri.getPath().replaceAll("\\.xhtml$", "").replaceAll("/index$", "/");
        if (p.isEmpty()) {
            p = "/";
        }
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return p;
        }
        return p + "?" + String.join("&", Arrays.stream(query.split("&")).map(q -> q.split("=", 2)[0]).sorted()
                .distinct().toList());
    }

    private static String screenshotName(String role, String path) {
        String page = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return "crawl-" + role + "-" + (page.isEmpty() ? "home" : page);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The relationship page of one of the manager's relationships: an empty summary names what is missing. */
    private void loggingAnEngagementWithoutSummaryNamesWhatIsMissing() {
        browser.go("/relationships/index");
        browser.driver().findElement(By.cssSelector("#board\\:table tbody tr a")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("log:log-it")));
        browser.driver().findElement(By.id("log:log-it")).click();
        WebElement message = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#log .ui-message-error, #messages .ui-messages-error")));
        browser.screenshot("crawl-manager-engagement-without-summary");
        String text = message.getText();
        if (text.isBlank() || UNRESOLVED_KEY.matcher(text).find()) {
            problems.add("manager logging an engagement without summary: message '" + text + "'");
        }
        browser.consoleErrors().forEach(e -> problems.add("manager logging an engagement: console error " + e));
    }

    /** The partner may open the import page (it only explains), but the export refuses: the not-found page. */
    private void exportingContactsIsNotFound() {
        browser.go("/contacts/import");
        browser.lastPageStatus();
        browser.driver().findElement(By.id("export:download")).click();
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> "404".equals(d.findElement(By.tagName("body")).getAttribute("data-error")));
        Integer status = browser.lastPageStatus();
        browser.screenshot("crawl-partner-export-refused");
        if (status == null || status != 404) {
            problems.add("partner pressing Export CSV: HTTP " + status + ", expected 404");
        }
        browser.consoleErrors().stream().filter(e -> !e.contains("status of 404"))
                .forEach(e -> problems.add("partner pressing Export CSV: console error " + e));
    }

    /** A form sent with a view state the server does not know (forged, or expired) shows the expired page. */
    private void aPageWhoseStateIsLostShowsTheExpiredPage(String role) {
        browser.go("/agencies/index");
        browser.lastPageStatus();
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll("
                + "\"#signout input[name='jakarta.faces.ViewState']\").forEach(i => i.value = '-1:-1');");
        HomePage.pressSignOut(browser);
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> "expired".equals(d.findElement(By.tagName("body")).getAttribute("data-error")));
        Integer status = browser.lastPageStatus();
        browser.screenshot("crawl-" + role + "-expired");
        if (status == null || status == 500 || status < 400) {
            problems.add(role + " sending a lost view state: HTTP " + status + ", expected a 4xx");
        }
        browser.consoleErrors().stream().filter(e -> !e.contains("status of " + status))
                .forEach(e -> problems.add(role + " sending a lost view state: console error " + e));
        visit(role, "/", 200); // still signed in: the lost state did not sign them out
    }

    private void noSessionSerializationFailure(String role) {
        visit(role, "/", 200); // one more request, so the previous ones' session writes are logged
        List<String> failures = serverLog.matches();
        if (!failures.isEmpty()) {
            problems.add(role + ": the server could not serialize the session: " + failures.get(0));
        }
    }

    private void assertNoProblems() {
        assertEquals(List.of(), problems, problems.size() + " problem(s)");
    }

    /**
     * Records of another hospital than the demo manager's and officer's (Riverton General) and of another agency
     * than the demo partner's: an agency of its own, with a contact, a relationship and an agreement (a draft, so
     * it can be edited). Directors and administrators see them all.
     */
    private record OtherHospital(long agency, long contact, long relationship, long agreement) {

        static OtherHospital create(URL deployed) {
            SetUp admin = new SetUp(deployed, "admin", PASSWORD);
            long facility = admin.json("GET", "/api/facilities?limit=100", null).getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(f -> !"RGH".equals(f.getString("code")) && "HOSPITAL".equals(f.getString("kind")))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            String name = "Crawl County Sheriff " + UUID.randomUUID().toString().substring(0, 8);
            long agency = admin.json("POST", "/api/agencies", "{\"name\":\"" + name + "\",\"type\":\"SHERIFF\","
                    + "\"jurisdiction\":\"Crawl County\",\"facilityId\":" + facility + "}").getJsonNumber("id").longValue();
            long contact = admin.json("POST", "/api/contacts", "{\"agencyId\":" + agency + ",\"firstName\":\"Ada\","
                    + "\"lastName\":\"Crawler\",\"phone\":\"(312) 555-0190\"}").getJsonNumber("id").longValue();
            long relationship = admin.json("GET", "/api/relationships?agencyId=" + agency, null).getJsonArray("items")
                    .getJsonObject(0).getJsonNumber("id").longValue();
            long agreement = admin.json("POST", "/api/agreements", "{\"title\":\"" + name + " MOU\",\"type\":\"MOU\","
                    + "\"facilityIds\":[" + facility + "],\"agencyIds\":[" + agency + "],\"effectiveOn\":\"2026-01-01\","
                    + "\"expiresOn\":\"2028-01-01\",\"noticeDays\":90}").getJsonNumber("id").longValue();
            return new OtherHospital(agency, contact, relationship, agreement);
        }

        String[] pages() {
            return new String[] {"/agencies/view?id=" + agency, "/agencies/edit?id=" + agency,
                "/contacts/edit?id=" + contact, "/contacts/edit?agencyId=" + agency,
                "/relationships/view?id=" + relationship, "/agreements/view?id=" + agreement,
                "/agreements/edit?id=" + agreement};
        }
    }
}
