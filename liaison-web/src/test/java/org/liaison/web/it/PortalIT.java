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
