package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.web.it.ApiFixture.HOME_HOSPITAL;
import static org.liaison.web.it.ApiFixture.ok;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.HomePage;
import org.liaison.web.it.pages.LoginPage;
import org.liaison.web.it.pages.ServerLog;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Liaison in the hospital's intranet, against a real OpenID provider (mock-oauth2-server, started here before this
 * class's Payara, which gets the LIAISON_OIDC_* settings as system properties): staff sign in with their hospital
 * account, the portal's server reads with a client-credentials token, and the portal frames the who-to-call widget.
 */
@OwnServer
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    private static final String ISSUER = "hospital";
    private static final String CLIENT = "liaison";
    private static final String PORTAL_CLIENT = "intranet-portal";

    private static MockOAuth2Server provider;
    /** The intranet portal (its origin is listed) and another site (not listed), each serving a page that frames. */
    private static HttpServer portal;
    private static HttpServer elsewhere;
    /** The settings this class's Payara got, for the two cluster nodes the failover test starts. */
    private static Properties ssoSettings;

    @Deployment(testable = false)
    static WebArchive liaison() {
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"), new Outage());
        try {
            provider.start(InetAddress.getByName("localhost"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        portal = framingSite();
        elsewhere = framingSite();
        Properties settings = new Properties();
        settings.setProperty("liaison.oidc.provider.uri", provider.issuerUrl(ISSUER).toString());
        settings.setProperty("liaison.oidc.client.id", CLIENT);
        settings.setProperty("liaison.oidc.client.secret", "liaison-test-secret");
        settings.setProperty("liaison.oidc.group.roles", "sec-directors=DIRECTOR; rgh-security=OFFICER@RGH");
        settings.setProperty("liaison.portal.origins", origin(portal));
        ssoSettings = settings;
        return Deployments.liaison(settings);
    }

    @AfterAll
    static void stop() {
        if (provider != null) {
            provider.shutdown();
        }
        if (portal != null) {
            portal.stop(0);
            elsewhere.stop(0);
        }
    }

    @ArquillianResource
    URL deployed;

    ApiFixture demo;

    @BeforeEach
    void connect() {
        demo = new ApiFixture(deployed);
    }

    // ------------------------------------------------------------------ the portal's server: bearer tokens

    @Test
    void aClientCredentialsTokenReadsWhoToCallAndTheFacilitySummary() {
        String token = clientCredentialsToken(List.of("PORTAL"));

        Reply calls = withToken(token).get("/api/relationships/who-to-call?facility=" + HOME_HOSPITAL);
        Reply byId = withToken(token).get("/api/relationships/who-to-call?facilityId=" + demo.facilityId(HOME_HOSPITAL));
        Reply summary = withToken(token).get("/api/relationships/summary?facility=" + HOME_HOSPITAL);

        JsonObject cards = ok(calls);
        assertTrue(cards.getInt("total") > 0, calls.toString());
        assertTrue(cards.getJsonArray("items").getJsonObject(0).containsKey("dispatchPhone"), calls.toString());
        assertEquals(cards, ok(byId), "the same cards by code and by id");
        JsonObject counts = ok(summary);
        assertEquals(HOME_HOSPITAL, counts.getString("facilityCode"));
        assertTrue(counts.getInt("activeRelationships") > 0, summary.toString());
        assertEquals(counts.getInt("activeRelationships"), counts.getInt("withinCadence") + counts.getInt("due")
                + counts.getInt("lapsed"), summary.toString());
        assertEquals(404, withToken(token).get("/api/relationships/summary?facility=NOPE").status());
    }

    @Test
    void tokensThatDoNotCountAnswer401ProblemWithABearerChallenge() throws Exception {
        SignedJWT valid = token(ISSUER, List.of("liaison-api"), List.of("PORTAL"), 3600);
        RSAKey foreignKey = new RSAKeyGenerator(2048).keyID(valid.getHeader().getKeyID()).generate();
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(foreignKey.getKeyID())
                .type(valid.getHeader().getType()).build(), valid.getJWTClaimsSet());
        foreign.sign(new RSASSASigner(foreignKey));
        Map<String, String> refused = Map.of(
                "expired", token(ISSUER, List.of("liaison-api"), List.of("PORTAL"), -3600).serialize(),
                "wrong audience", token(ISSUER, List.of("another-api"), List.of("PORTAL"), 3600).serialize(),
                "another issuer (with its own keys)", token("elsewhere", List.of("liaison-api"), List.of("PORTAL"), 3600).serialize(),
                "signed with a foreign key", foreign.serialize(),
                "unsigned (alg=none)", new PlainJWT(valid.getJWTClaimsSet()).serialize(),
                "not a token", "not-a-token");

        assertEquals(200, withToken(valid.serialize()).get("/api/relationships/who-to-call?facility=RGH").status(),
                "the valid token these were made from counts");
        List<Executable> checks = new ArrayList<>();
        refused.forEach((what, token) -> checks.add(() -> {
            Reply reply = withToken(token).get("/api/relationships/who-to-call?facility=RGH");
            assertEquals(401, reply.status(), what + ": " + reply);
            assertEquals(Http.PROBLEM_JSON, reply.mediaType(), what + ": " + reply);
            assertEquals(401, reply.json().getInt("status"), what);
            assertTrue(reply.headers().allValues("WWW-Authenticate").stream()
                    .anyMatch(h -> h.startsWith("Bearer ") && h.contains("error=\"invalid_token\"")), what + ": "
                    + reply.headers().allValues("WWW-Authenticate"));
        }));
        assertAll(checks);
    }

    @Test
    void aPortalTokenReadsNothingElseAndWritesNothing() {
        String token = clientCredentialsToken(List.of("PORTAL"));
        TokenClient portalServer = withToken(token);
        String name = "Portal Police " + ApiFixture.unique();
        JsonObject agency = Json.createObjectBuilder().add("name", name)
                .add("type", "MUNICIPAL_POLICE").add("jurisdiction", "Riverton").build();

        assertAll(
                () -> ApiFixture.assertForbidden(portalServer.get("/api/audit")),
                () -> ApiFixture.assertForbidden(portalServer.get("/api/agencies")),
                () -> ApiFixture.assertForbidden(portalServer.get("/api/relationships")),
                () -> ApiFixture.assertForbidden(portalServer.get("/api/contacts/export")),
                () -> ApiFixture.assertForbidden(portalServer.get("/api/relationships/contact-sheet?facility=RGH")),
                () -> ApiFixture.assertForbidden(portalServer.get("/api/users")),
                () -> ApiFixture.assertForbidden(portalServer.post("/api/agencies", agency)),
                () -> ApiFixture.assertForbidden(portalServer.put("/api/relationships/1", Json.createObjectBuilder()
                        .build())),
                () -> ApiFixture.assertForbidden(portalServer.post("/api/engagements", Json.createObjectBuilder()
                        .build())));
        assertEquals(0, ok(demo.as("admin").get("/api/agencies?name=" + name.replace(' ', '+'))).getInt("total"),
                "nothing written");
        ApiFixture.assertForbidden(withToken(clientCredentialsToken(List.of("ADMIN", "DIRECTOR")))
                .get("/api/relationships/who-to-call?facility=RGH"));
    }

    @Test
    void httpBasicForLocalAccountsStaysAndAPortalAccountCannotUseThePages() {
        assertEquals(200, demo.as("officer").get("/api/relationships/who-to-call?facility=RGH").status());
        Reply challenge = demo.http.anonymous().get("/api/relationships/who-to-call?facility=RGH");
        assertEquals(401, challenge.status());
        List<String> schemes = challenge.headers().allValues("WWW-Authenticate");
        assertTrue(schemes.stream().anyMatch(h -> h.startsWith("Basic ")), schemes.toString());
        assertTrue(schemes.stream().anyMatch(h -> h.startsWith("Bearer ")), schemes.toString());
    }

    // ------------------------------------------------------------------ a staff member's page in the portal

    @Test
    void thePortalReadsAStaffMembersOpenActionItemsAndTrainingsAuditedAndOnlyOfHospitalStaff() {
        JsonObject officer = demo.newOfficer();
        String username = officer.getString("username");
        long home = demo.facilityId(HOME_HOSPITAL);
        LocalDate today = LocalDate.now();
        JsonObject item = ok(demo.as("manager").post("/api/action-items", Json.createObjectBuilder()
                .add("facilityId", home).add("title", "Walk the ED with the sector sergeant " + ApiFixture.unique())
                .add("ownerUserId", ApiFixture.id(officer)).add("dueOn", today.plusDays(10).toString()).build()));
        JsonObject finished = ok(demo.as("manager").post("/api/action-items", Json.createObjectBuilder()
                .add("facilityId", home).add("title", "Already done " + ApiFixture.unique())
                .add("ownerUserId", ApiFixture.id(officer)).add("dueOn", today.plusDays(3).toString()).build()));
        long review = approvedReview();
        JsonObject late = correctiveAction(review, today.minusDays(20), today.minusDays(1), ApiFixture.id(officer));
        JsonObject exercise = exerciseWithRegistration(ApiFixture.id(officer), today.plusDays(21));
        String token = clientCredentialsToken(List.of("PORTAL"));
        TokenClient portalServer = withToken(token);
        // the portal passes the person as the hospital provider names them: a user principal name, in any case
        String asThePortalKnowsThem = "/api/people/" + username.toUpperCase(java.util.Locale.ROOT)
                + "@health.example.org";

        JsonObject items = ok(portalServer.get(asThePortalKnowsThem + "/action-items"));
        JsonObject trainings = ok(portalServer.get(asThePortalKnowsThem + "/trainings"));

        assertEquals(3, items.getInt("total"), items.toString());
        List<JsonObject> rows = items.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("CORRECTIVE_ACTION", "MEETING_ACTION_ITEM", "MEETING_ACTION_ITEM"), rows.stream()
                .map(r -> r.getString("kind")).toList(), "the soonest due first: " + rows);
        assertAll(
                () -> assertEquals(ApiFixture.id(late), ApiFixture.id(rows.get(0))),
                () -> assertTrue(rows.get(0).getBoolean("overdue"), rows.get(0).toString()),
                () -> assertEquals(review, rows.get(0).getJsonNumber("sourceId").longValue()),
                () -> assertEquals(HOME_HOSPITAL, rows.get(0).getString("facilityCode")),
                () -> assertEquals(ApiFixture.id(finished), ApiFixture.id(rows.get(1))),
                () -> assertEquals(item.getString("title"), rows.get(2).getString("title")),
                () -> assertFalse(rows.get(2).getBoolean("overdue")),
                () -> assertEquals("OPEN", rows.get(2).getString("status")));
        assertEquals(1, ok(portalServer.get(asThePortalKnowsThem + "/action-items?offset=1&limit=1"))
                .getJsonArray("items").size(), "paged");
        JsonObject entry = trainings.getJsonArray("entries").getJsonObject(0);
        assertAll(
                () -> assertEquals(officer.getString("displayName"), trainings.getString("name")),
                () -> assertEquals(1, trainings.getJsonArray("entries").size(), trainings.toString()),
                () -> assertEquals(ApiFixture.id(exercise), entry.getJsonNumber("exerciseId").longValue()),
                () -> assertEquals("REGISTERED", entry.getString("status")));

        // a finished item leaves the portal's list
        ok(demo.as("manager").post("/api/action-items/" + ApiFixture.id(finished) + "/moves", Json.createObjectBuilder()
                .add("move", "COMPLETE").add("version", finished.getInt("version")).build()));
        assertEquals(2, ok(portalServer.get(asThePortalKnowsThem + "/action-items")).getInt("total"));

        // every read is in the audit trail, against the person read
        JsonObject trail = ok(demo.as("auditor").get("/api/audit?recordType=UserAccount&recordId="
                + ApiFixture.id(officer) + "&limit=50"));
        List<String> actions = trail.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("PORTAL_READ_ACTION_ITEMS") && actions.contains("PORTAL_READ_TRAININGS"),
                actions.toString());

        // only hospital staff: partners, administrators, the portal's own account and unknown names are not found
        for (String notStaff : List.of("partner", "admin", "portal", "nobody-" + ApiFixture.unique())) {
            ApiFixture.assertNotFound(portalServer.get("/api/people/" + notStaff + "/action-items"));
            ApiFixture.assertNotFound(portalServer.get("/api/people/" + notStaff + "/trainings"));
        }
    }

    @Test
    void onlyThePortalReadsAPersonsPageAndThePortalWritesNoActionItemOrRegistration() {
        String officerPage = "/api/people/officer";
        List<Executable> checks = new ArrayList<>();
        for (String role : List.of("admin", "director", "manager", "officer", "auditor", "partner")) {
            checks.add(() -> ApiFixture.assertForbidden(demo.as(role).get(officerPage + "/action-items")));
            checks.add(() -> ApiFixture.assertForbidden(demo.as(role).get(officerPage + "/trainings")));
        }
        assertAll(checks);
        assertEquals(200, demo.as("portal").get(officerPage + "/trainings").status(), "the portal's local account");

        TokenClient portalServer = withToken(clientCredentialsToken(List.of("PORTAL")));
        long home = demo.facilityId(HOME_HOSPITAL);
        String title = "Written by the portal " + ApiFixture.unique();
        JsonObject item = Json.createObjectBuilder().add("facilityId", home).add("title", title)
                .add("dueOn", LocalDate.now().plusDays(5).toString()).build();
        assertAll(
                () -> ApiFixture.assertForbidden(portalServer.post("/api/action-items", item)),
                () -> ApiFixture.assertForbidden(portalServer.get("/api/action-items")),
                () -> ApiFixture.assertForbidden(portalServer.get("/api/corrective-actions")),
                () -> ApiFixture.assertForbidden(portalServer.post("/api/action-items/1/moves", Json
                        .createObjectBuilder().add("move", "COMPLETE").add("version", 0).build())),
                () -> ApiFixture.assertForbidden(portalServer.post("/api/corrective-actions/1/transitions", Json
                        .createObjectBuilder().add("move", "START").add("version", 0).build())),
                () -> ApiFixture.assertForbidden(portalServer.get("/api/training-records/me")),
                () -> ApiFixture.assertForbidden(portalServer.get("/api/training-records/1")),
                () -> ApiFixture.assertForbidden(portalServer.post("/api/exercises/1/registrations", Json
                        .createObjectBuilder().add("userId", 1).build())));
        assertEquals(0, ok(demo.as("manager").get("/api/action-items?limit=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> title.equals(i.getString("title"))).count(),
                "nothing written");
    }

    // ------------------------------------------------------------------ staff: single sign-on in the browser

    @Test
    void staffSignInWithTheirHospitalAccountSignOutAndPartnersStillUseTheirPassword() {
        // Payara serializes the session after every request (<distributable/>): what single sign-on leaves in it must
        // serialize, or the session would not survive the loss of the instance that signed the person in.
        try (ServerLog log = ServerLog.watch(Pattern.compile("Cannot serialize session attribute|NotSerializable"));
                Browser browser = Browser.open(liaisonBase(), false)) {
            LoginPage login = LoginPage.open(browser);
            assertTrue(login.offersHospitalAccount());
            browser.lookAtBothSizes("portal-sign-in");

            login.signInWithHospitalAccount().signInAs("S-1-5-21-4242",
                    "{\"preferred_username\": \"Dana.Sso@health.example.org\", \"name\": \"Dana Sso\","
                            + " \"groups\": [\"sec-directors\", \"all-staff\"]}");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
            assertEquals("Dana Sso", browser.driver().findElement(By.id("current-user")).getText());
            JsonObject account = ok(demo.as("admin").get("/api/users?q=dana.sso")).getJsonArray("items")
                    .getJsonObject(0);
            assertEquals("dana.sso", account.getString("username"));
            assertEquals(List.of("DIRECTOR"), account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList(), "the role of the mapped group");
            browser.go("/audit");
            assertFalse(browser.driver().getPageSource().contains("id=\"audit"), "a director, not an auditor");
            browser.go("/");

            HomePage.pressSignOut(browser);
            browser.waiting().until(ExpectedConditions.urlContains("signedOut=true"));
            assertTrue(new LoginPageView(browser.driver()).saysSignedOut());
            browser.go("/");
            browser.waiting().until(ExpectedConditions.urlContains("/login"));

            LoginPage again = LoginPage.open(browser);
            again.signInWithHospitalAccount().signInAs("S-1-5-21-9999",
                    "{\"preferred_username\": \"nina.nurse\", \"groups\": [\"nurses\"]}");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-message")));
            assertTrue(again.singleSignOnMessage().contains("not set up for Liaison"), again.singleSignOnMessage());
            browser.screenshot("portal-sign-in-unknown-person");
            assertEquals(0, ok(demo.as("admin").get("/api/users?q=nina.nurse")).getInt("total"),
                    "no account for someone whose groups map to no role");

            // Back the next day: the account exists now and is matched; an administrator disabling it ends the session.
            LoginPage.open(browser).signInWithHospitalAccount().signInAs("S-1-5-21-4242",
                    "{\"preferred_username\": \"dana.sso\", \"groups\": []}");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
            assertEquals("Dana Sso", browser.driver().findElement(By.id("current-user")).getText());
            ok(demo.as("admin").put("/api/users/" + ApiFixture.id(account) + "/enabled",
                    Json.createObjectBuilder().add("enabled", false).build()));
            browser.go("/who-to-call");
            browser.waiting().until(ExpectedConditions.urlContains("/login"));

            HomePage partner = LoginPage.open(browser).signInAs("partner", ApiFixture.PASSWORD);
            assertTrue(partner.signedInName().startsWith("Pat Partner"), partner.signedInName());
            assertEquals(List.of(), log.matches(), "every session attribute serializes");
        }
    }

    /**
     * Two more Payara Micro nodes, clustered by Hazelcast over this run's PostgreSQL database (two nodes cannot share
     * an H2 file, so this runs in the postgresql profile only): a person signs in through the hospital provider on
     * node A, node A is stopped, and the same session cookie still signs them in on node B.
     */
    @Test
    void anSsoSessionSurvivesTheLossOfTheNodeThatSignedItIn() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("it.db")),
                "two nodes share one database: run with -Ppostgresql");
        String cluster = "liaison-it-" + ApiFixture.unique();
        int[] dataGrid = {ClusterNode.freePort(), ClusterNode.freePort()};
        try (ClusterNode a = ClusterNode.start("node-a", cluster, dataGrid[0], dataGrid, ssoSettings);
                ClusterNode b = ClusterNode.start("node-b", cluster, dataGrid[1], dataGrid, ssoSettings)) {
            a.awaitReadyInClusterOf(2);
            b.awaitReadyInClusterOf(2);
            HttpClient person = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(new java.net.CookieManager()).connectTimeout(java.time.Duration.ofSeconds(10))
                    .build();

            String toProvider = location(send(person, a.app("/sso/start?continue=/who-to-call"), null));
            assertTrue(toProvider.startsWith(provider.issuerUrl(ISSUER).toString()), toProvider);
            String back = location(send(person, URI.create(toProvider), "username=S-1-5-21-7001&claims="
                    + java.net.URLEncoder.encode("{\"preferred_username\": \"officer\"}", StandardCharsets.UTF_8)));
            assertTrue(back.startsWith(a.app("/sso/callback").toString()), back);
            String signedIn = location(send(person, URI.create(back), null));
            assertTrue(signedIn.endsWith("/liaison/who-to-call"), signedIn);
            HttpResponse<String> onA = send(person, a.app("/who-to-call"), null);
            assertEquals(200, onA.statusCode(), onA.body());
            String name = signedInName(onA.body());
            assertEquals("Owen Officer", name, "the demo officer signed in on node A");
            String exercise = firstGroup(send(person, a.app("/exercises/index"), null).body(),
                    "exercises/view\\?id=(\\d+)", "the officer sees exercises");
            HttpResponse<String> exerciseOnA = send(person, a.app("/exercises/view?id=" + exercise), null);
            assertEquals(200, exerciseOnA.statusCode());

            a.stop();

            HttpResponse<String> onB = send(person, b.app("/who-to-call"), null);
            assertEquals(200, onB.statusCode(), "node B knows the session: " + onB.headers().map());
            assertEquals(name, signedInName(onB.body()));
            // The page opened on A goes on on B. Its bean did not carry the cards or the facilities in the session
            // (they are transient), so B reads them again for the postback.
            assertTrue(onA.body().contains("call-card"), "the demo officer's facility has agencies to call");
            HttpResponse<String> postback = renderAgain(person, b.app("/who-to-call"), onA.body(), "calls",
                    "calls:cards");
            assertEquals(200, postback.statusCode(), postback.body());
            assertTrue(postback.body().contains("<update id=\"calls:cards\"") && postback.body().contains("call-card"),
                    "the cards, read again on B: " + postback.body());
            HttpResponse<String> registrations = renderAgain(person, b.app("/exercises/view?id=" + exercise),
                    exerciseOnA.body(), "registrations", "registrations");
            assertEquals(200, registrations.statusCode(), registrations.body());
            assertTrue(registrations.body().contains(firstGroup(exerciseOnA.body(), "<p id=\"places\">([^<]+)</p>",
                    "the exercise page says how many places are held")),
                    "the exercise and its places, read again on B: " + registrations.body());
            HttpResponse<String> stranger = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    b.app("/who-to-call")).build(), HttpResponse.BodyHandlers.ofString());
            assertFalse(stranger.body().contains("id=\"current-user\""), "without the cookie nobody is signed in");
            assertEquals(List.of(), b.logLines("Cannot serialize session attribute"), "every session attribute"
                    + " replicates");
        }
    }

    @Test
    void whenTheProviderCannotBeReachedTheSignInPageSaysSoAndPasswordsStillWork() {
        Client browser = demo.http.browser();

        Reply start;
        Outage.down = true;
        try {
            start = browser.get("/sso/start?continue=/who-to-call");
        } finally {
            Outage.down = false;
        }

        assertEquals(302, start.status(), start.toString());
        String location = start.header("Location").orElseThrow();
        assertTrue(location.contains("/login?sso=unavailable"), location);
        Reply page = browser.send("GET", demo.http.root("/").resolve(location), null, Map.of());
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("sign-in service cannot be reached right now"), page.body());
        assertTrue(page.body().contains("<form id=\"login\""), "the Liaison account form is still there");
        Client partner = demo.http.signedIn("partner", ApiFixture.PASSWORD); // throws unless the form signs in
        assertEquals(200, partner.get("/account/password").status(), "a partner still signs in with a password");
    }

    // ------------------------------------------------------------------ the who-to-call widget

    @Test
    void onlyTheWidgetMayBeFramedAndOnlyByThePortal() {
        Client officer = demo.http.signedIn("officer", ApiFixture.PASSWORD);
        Reply widget = officer.get("/embed/who-to-call?facility=" + HOME_HOSPITAL);
        Reply home = officer.get("/");

        assertEquals(200, widget.status(), widget.toString());
        String policy = widget.header("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors " + origin(portal)), policy);
        assertFalse(policy.contains(origin(elsewhere)), policy);
        assertTrue(widget.header("X-Frame-Options").isEmpty(), "the policy names the portal; DENY would overrule it");
        assertTrue(home.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("DENY", home.header("X-Frame-Options").orElse(null));
        Reply notSignedIn = demo.http.browser().get("/embed/who-to-call?facility=" + HOME_HOSPITAL);
        assertEquals(302, notSignedIn.status(), notSignedIn.toString());
        assertTrue(notSignedIn.header("Location").orElse("").contains("/sso/start?continue=%2Fembed%2Fwho-to-call"),
                "straight to the hospital provider: the sign-in page may not be framed " + notSignedIn.headers());

        try (Browser browser = Browser.open(liaisonBase(), false)) {
            LoginPage.open(browser).signInAs("officer", ApiFixture.PASSWORD);
            browser.go("/embed/who-to-call?facility=" + HOME_HOSPITAL);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".call-button")));
            browser.lookAtBothSizes("portal-widget");

            assertTrue(framedWidgetShowsCallButtons(browser, portal), "framed by the portal");
            assertFalse(framedWidgetShowsCallButtons(browser, elsewhere), "framed by a site not listed");
        }
    }

    /** Opens the site's page that frames the widget, waits for the frame to load, and looks inside it. */
    private boolean framedWidgetShowsCallButtons(Browser browser, HttpServer site) {
        WebDriver driver = browser.driver();
        driver.get(origin(site) + "/?widget=" + liaisonBase() + "/embed/who-to-call%3Ffacility%3D" + HOME_HOSPITAL);
        browser.waiting().until(d -> "framed".equals(((JavascriptExecutor) d).executeScript("return document.title;")));
        browser.screenshot("portal-framed-by-" + (site == portal ? "portal" : "another-site"));
        driver.switchTo().frame("widget");
        try {
            return !driver.findElements(By.cssSelector(".call-button")).isEmpty();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A review of the home hospital's incident with the partner's agency, approved: actions can be planned. */
    private long approvedReview() {
        LocalDateTime at = LocalDateTime.now().minusDays(3).withNano(0);
        JsonObject incident = ok(demo.as("manager").post("/api/incidents", Json.createObjectBuilder()
                .add("facilityId", demo.facilityId(HOME_HOSPITAL))
                .add("agencyId", demo.agencyNamed(ApiFixture.PARTNER_AGENCY)).add("location", "ED bay "
                        + ApiFixture.unique()).add("occurredAt", at.toString()).add("category", "ASSAULT_ON_STAFF")
                .add("summary", "Patient struck a nurse in triage")
                .add("policeRequestedAt", at.plusMinutes(1).toString()).build()));
        Reply opened = demo.as("manager").post("/api/reviews", Json.createObjectBuilder()
                .add("incidentId", ApiFixture.id(incident)).build());
        assertEquals(201, opened.status(), opened.toString());
        long review = ApiFixture.id(opened.json());
        ok(demo.as("manager").post("/api/reviews/" + review + "/findings", Json.createObjectBuilder()
                .add("kind", "STRENGTH").add("text", "Finding " + ApiFixture.unique())
                .add("capability", "OPERATIONAL_COORDINATION").add("rating", "P").build()));
        for (String[] move : new String[][] {{"manager", "REQUEST_AGENCY_INPUT"}, {"director", "APPROVE"}}) {
            int version = ok(demo.as("director").get("/api/reviews/" + review)).getInt("version");
            ok(demo.as(move[0]).post("/api/reviews/" + review + "/transitions", Json.createObjectBuilder()
                    .add("move", move[1]).add("version", version).build()));
        }
        return review;
    }

    private JsonObject correctiveAction(long review, LocalDate start, LocalDate due, long ownerId) {
        Reply reply = demo.as("manager").post("/api/reviews/" + review + "/corrective-actions", Json
                .createObjectBuilder().add("issue", "Radios could not reach dispatch")
                .add("action", "Program the police talkgroup " + ApiFixture.unique()).add("element", "EQUIPMENT")
                .add("responsibleOrganisation", "Security department").add("startOn", start.toString())
                .add("dueOn", due.toString()).add("ownerId", ownerId).build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    /** A joint tabletop at the home hospital on that day, with this staff member registered. */
    private JsonObject exerciseWithRegistration(long userId, LocalDate on) {
        LocalDateTime starts = on.atTime(9, 0);
        Reply created = demo.as("manager").post("/api/exercises", Json.createObjectBuilder()
                .add("title", "Portal tabletop " + ApiFixture.unique()).add("type", "TABLETOP")
                .add("scenario", "ACTIVE_ASSAILANT").add("facilityId", demo.facilityId(HOME_HOSPITAL))
                .add("location", "Room " + ApiFixture.unique()).add("startsAt", starts.toString())
                .add("endsAt", starts.plusMinutes(90).toString()).add("objectives", "Test unified command")
                .add("coreCapabilities", Json.createArrayBuilder().add("OPERATIONAL_COORDINATION")).build());
        assertEquals(201, created.status(), created.toString());
        Reply registered = demo.as("manager").post("/api/exercises/" + ApiFixture.id(created.json())
                + "/registrations", Json.createObjectBuilder().add("userId", userId).build());
        assertEquals(201, registered.status(), registered.toString());
        return created.json();
    }

    private String liaisonBase() {
        return "http://127.0.0.1:" + deployed.getPort() + "/liaison";
    }

    private TokenClient withToken(String token) {
        return new TokenClient(demo.http.anonymous(), token);
    }

    /** The portal's server asking the provider for a token, as it does in production (client credentials). */
    private String clientCredentialsToken(List<String> groups) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, PORTAL_CLIENT, "JWT", List.of("liaison-api"),
                Map.of("groups", groups), 3600));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            provider.tokenEndpointUrl(ISSUER).uri())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                            + PORTAL_CLIENT + "&client_secret=portal-secret&scope=liaison-api")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SignedJWT token(String issuerId, List<String> audience, List<String> groups, long expiresIn) {
        return provider.issueToken(issuerId, PORTAL_CLIENT, new DefaultOAuth2TokenCallback(issuerId, PORTAL_CLIENT,
                "JWT", audience, Map.of("groups", groups), expiresIn));
    }

    private static HttpResponse<String> send(HttpClient client, URI uri, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(java.time.Duration.ofSeconds(90));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<String> redirect) {
        assertEquals(302, redirect.statusCode(), redirect.uri() + " -> " + redirect.statusCode() + " "
                + redirect.body());
        return redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow()).toString();
    }

    /**
     * An ajax postback of a form on the page, as PrimeFaces sends it (with the page's view state and script nonce),
     * that executes nothing and renders {@code render} again.
     */
    private static HttpResponse<String> renderAgain(HttpClient client, URI uri, String page, String form,
            String render) {
        return send(client, uri, form + "=" + form + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=" + form
                + "&jakarta.faces.partial.execute=%40none&jakarta.faces.partial.render=" + encoded(render)
                + "&jakarta.faces.ViewState=" + encoded(firstGroup(page,
                        "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"", "the page has a form"))
                + "&primefaces.nonce=" + encoded(firstGroup(page, "nonce=\"([^\"]+)\"",
                        "the page's scripts carry a nonce")));
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String signedInName(String page) {
        return firstGroup(page, "id=\"current-user\"[^>]*>\\s*([^<]+?)\\s*<", "signed in: the page names the person");
    }

    private static String firstGroup(String page, String regex, String what) {
        java.util.regex.Matcher found = Pattern.compile(regex).matcher(page);
        assertTrue(found.find(), what);
        return found.group(1);
    }

    /** A page on 127.0.0.1 (same site as Liaison, another origin) that frames the address it is given. */
    private static HttpServer framingSite() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.createContext("/", exchange -> {
                String query = exchange.getRequestURI().getQuery();
                String widget = query == null ? "about:blank" : query.substring(query.indexOf('=') + 1)
                        .replace("\"", "");
                byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>portal</title></head><body>"
                        + "<h1>Intranet</h1><iframe name=\"widget\" title=\"Who to call\" width=\"400\" height=\"600\""
                        + " src=\"" + widget + "\" onload=\"document.title='framed'\"></iframe></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String origin(HttpServer site) {
        return "http://127.0.0.1:" + site.getAddress().getPort();
    }

    /** While {@code down}, the provider answers its discovery document with 503, as during an outage. */
    private static final class Outage implements Route {
        static volatile boolean down;

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return down && request.getUrl().encodedPath().endsWith("/.well-known/openid-configuration");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(okhttp3.Headers.of(), 503, "unavailable", null);
        }
    }

    /** The sign-in page as it is now, without opening it again (it says the person signed out). */
    private record LoginPageView(WebDriver driver) {
        boolean saysSignedOut() {
            return driver.getPageSource().contains("You have signed out.");
        }
    }

    /** The portal's server: its bearer token on every call. */
    private record TokenClient(Client anonymous, String token) {
        Reply get(String path) {
            return anonymous.get(path, "Authorization", "Bearer " + token);
        }

        Reply post(String path, JsonObject body) {
            return anonymous.post(path, body, "Authorization", "Bearer " + token);
        }

        Reply put(String path, JsonObject body) {
            return anonymous.put(path, body, "Authorization", "Bearer " + token);
        }
    }
}
