package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.web.it.ApiFixture.assertForbidden;
import static org.liaison.web.it.ApiFixture.assertInvalid;
import static org.liaison.web.it.ApiFixture.assertNotFound;
import static org.liaison.web.it.ApiFixture.assertProblem;
import static org.liaison.web.it.ApiFixture.id;
import static org.liaison.web.it.ApiFixture.ok;
import static org.liaison.web.it.ApiFixture.unique;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.BulletinEditPage;
import org.liaison.web.it.pages.BulletinListPage;
import org.liaison.web.it.pages.AccountingPage;
import org.liaison.web.it.pages.BulletinPage;
import org.liaison.web.it.pages.SuspensionsPage;
import org.liaison.web.it.pages.LoginPage;

/**
 * Information sharing over the API: the TLP visibility matrix (every label × every role × every read path), the
 * label's rule on the audience, versions, acknowledgement and its rate, partner reach, and the HIPAA disclosure
 * record, accounting, suspension boundaries and masking. Each test creates its own bulletins and disclosures.
 */
@RunAsClient
class SharingIT extends ApiTest {

    private static final List<String> STAFF = List.of("admin", "director", "manager", "officer", "auditor");

    private long home() {
        return demo.facilityId(ApiFixture.HOME_HOSPITAL);
    }

    private long partnerAgency() {
        return demo.agencyNamed(ApiFixture.PARTNER_AGENCY);
    }

    private long otherPartnerAgency() {
        return id(ok(demo.as("partner2").get("/api/agencies")).getJsonArray("items").getJsonObject(0));
    }


    private JsonObjectBuilder bulletin(String tlp, String title) {
        return Json.createObjectBuilder().add("title", title).add("body", "<p>Seen near the <b>ED</b></p>"
                + "<script>alert(1)</script>").add("category", "BOLO").add("tlp", tlp).add("direction", "OUTBOUND")
                .add("facilityIds", Json.createArrayBuilder().add(home()))
                .add("validUntil", LocalDate.now().plusDays(30).toString()).add("acknowledgementRequired", true)
                .add("acknowledgementDeadline", LocalDate.now().plusDays(5).toString());
    }

    private static JsonArrayBuilder array(long... ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (long i : ids) {
            array.add(i);
        }
        return array;
    }

    private JsonObject draft(JsonObjectBuilder body) {
        Reply reply = demo.as("manager").post("/api/bulletins", body.build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private Reply publish(JsonObject draft) {
        return demo.as("manager").post("/api/bulletins/" + id(draft) + "/transitions", Json.createObjectBuilder()
                .add("move", "PUBLISH").add("version", draft.getInt("version")).build());
    }

    private long published(JsonObjectBuilder body) {
        JsonObject d = draft(body);
        Reply reply = publish(d);
        assertEquals(200, reply.status(), reply.toString());
        return id(d);
    }

    // ---------------------------------------------------------------- the visibility matrix

    @Test
    void everyLabelIsReadByExactlyThoseItAdmitsOnEveryReadPath() {
        String tag = unique();
        long agency = partnerAgency();
        Map<String, Long> byLabel = new LinkedHashMap<>();
        byLabel.put("CLEAR", published(bulletin("CLEAR", "M " + tag + " clear").add("agencyIds", array(agency))));
        byLabel.put("GREEN", published(bulletin("GREEN", "M " + tag + " green").add("agencyIds", array(agency))));
        byLabel.put("AMBER", published(bulletin("AMBER", "M " + tag + " amber").add("agencyIds", array(agency))));
        byLabel.put("AMBER_STRICT", published(bulletin("AMBER_STRICT", "M " + tag + " strict")
                .add("agencyIds", array(agency))));
        byLabel.put("RED", published(bulletin("RED", "M " + tag + " red")
                .add("personIds", array(demo.userId("partner")))));
        Map<String, Set<String>> readers = Map.of(
                "CLEAR", Set.of("admin", "director", "manager", "officer", "auditor", "partner", "partner2"),
                "GREEN", Set.of("admin", "director", "manager", "officer", "auditor", "partner", "partner2"),
                "AMBER", Set.of("admin", "director", "manager", "officer", "auditor", "partner"),
                "AMBER_STRICT", Set.of("admin", "director", "manager", "officer", "auditor", "partner"),
                "RED", Set.of("manager", "partner"));
        List<String> everyone = List.of("admin", "director", "manager", "officer", "auditor", "partner", "partner2");
        for (String user : everyone) {
            Client client = demo.as(user);
            Set<Long> listed = ApiFixture.ids(ok(client.get("/api/bulletins?limit=50&q=" + tag)));
            for (Map.Entry<String, Long> e : byLabel.entrySet()) {
                boolean admitted = readers.get(e.getKey()).contains(user);
                String where = user + " reading " + e.getKey();
                assertEquals(admitted, listed.contains(e.getValue()), where + " in the list");
                for (String path : List.of("", "/versions", "/attachments")) {
                    Reply reply = client.get("/api/bulletins/" + e.getValue() + path);
                    assertEquals(admitted ? 200 : 404, reply.status(), where + path + ": " + reply);
                }
                Reply ack = client.post("/api/bulletins/" + e.getValue() + "/acknowledge", null);
                assertTrue(admitted ? ack.status() != 404 : ack.status() == 404, where + " acknowledging: " + ack);
            }
        }
    }

    @Test
    void theBodyIsSanitisedAndTheLabelTravelsWithTheRecord() {
        JsonObject d = draft(bulletin("GREEN", "S " + unique()).add("agencyIds", array(partnerAgency())));
        assertEquals("<p>Seen near the <b>ED</b></p>", d.getString("body"));
        assertEquals("TLP:GREEN", d.getString("tlpLabel"));
    }

    // ---------------------------------------------------------------- the story in the browser

    @Test
    void aManagerPublishesAnAmberBulletinToOneAgencyWhosePartnerAcknowledgesItWhileTheOtherAgencyCannotFindIt() {
        String title = "Grey sedan at the ED " + unique();
        String base = Browser.applicationAt(deployed);
        long id;
        try (Browser manager = Browser.open(base, false)) {
            LoginPage.open(manager).signInAs("manager", ApiFixture.PASSWORD);
            BulletinEditPage form = BulletinEditPage.openNew(manager).title(title).category("Be on the lookout")
                    .label("TLP:AMBER").text("Seen circling the ambulance bay twice tonight.")
                    .toAgency(ApiFixture.PARTNER_AGENCY).acknowledgeBy(LocalDate.now().plusDays(3).toString());
            manager.lookAtBothSizes("bulletin-edit");
            BulletinPage published = form.saveAndPublish();
            assertEquals(title, published.heading());
            assertTrue(published.status().startsWith("Published"), published.status());
            id = published.id();
            BulletinPage.open(manager, id); // without the flash message, which is the layout's
            manager.lookAtBothSizes("bulletin-view-manager");
        }
        try (Browser partner = Browser.open(base, true)) {
            LoginPage.open(partner).signInAs("partner", ApiFixture.PASSWORD);
            // the partner portal: bulletins to acknowledge, the inbound form, their agency's agreements, whom to call
            // at the hospital, reviews awaiting their input, joint trainings open to them; their own agency's
            // directory entry and their access; nothing of the hospital's own figures
            List<String> sections = partner.driver().findElements(org.openqa.selenium.By.cssSelector("main h2"))
                    .stream().map(h -> h.getDomAttribute("id")).toList();
            assertEquals(List.of("h-awaiting", "h-to-ack", "h-inbound", "h-partner-agreements",
                    "h-hospital-contacts", "h-open-trainings", "h-directory", "h-scope"), sections);
            assertTrue(partner.driver().findElement(org.openqa.selenium.By.id("to-acknowledge")).getText()
                    .contains(title), "the new bulletin waits for the partner's acknowledgement");
            partner.lookAtBothSizes("partner-home");
            partner.driver().findElement(org.openqa.selenium.By.linkText(title)).click();
            BulletinPage seen = BulletinPage.current(partner);
            assertTrue(seen.asksForAcknowledgement());
            seen.acknowledge();
            assertFalse(seen.asksForAcknowledgement());
            BulletinPage.open(partner, id); // without the ajax message, which is the layout's
            partner.lookAtBothSizes("bulletin-view-partner");
        }
        try (Browser other = Browser.open(base, false)) {
            LoginPage.open(other).signInAs("partner2", ApiFixture.PASSWORD);
            assertEquals(List.of(), BulletinListPage.open(other).search(title).titles());
            other.go("/bulletins/view?id=" + id);
            assertEquals("404", other.driver().findElement(org.openqa.selenium.By.tagName("body"))
                    .getAttribute("data-error"));
        }
        try (Browser manager = Browser.open(base, false)) {
            LoginPage.open(manager).signInAs("manager", ApiFixture.PASSWORD);
            BulletinPage page = BulletinPage.open(manager, id);
            assertEquals(List.of(ApiFixture.PARTNER_AGENCY + ": Acknowledged"), page.recipients());
            BulletinListPage list = BulletinListPage.open(manager).search(title);
            assertEquals("100 %", list.rateOf(title));
            manager.lookAtBothSizes("bulletin-list");
        }
    }

    /** A real PNG image, as a phone's screenshot of a map would be. */
    private static java.nio.file.Path png(java.nio.file.Path folder, String name) {
        try {
            java.nio.file.Path file = folder.resolve(name);
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(24, 16,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(3, 4, 0xcc2222);
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long engagements(long agency) {
        return ok(demo.as("manager").get("/api/engagements?limit=1&facilityId=" + home() + "&agencyId=" + agency))
                .getInt("total");
    }

    @Test
    void aManagerAttachesAMapThePartnerDownloadsItAndAnAgencySilentPastTheDeadlineIsCalled() throws Exception {
        java.nio.file.Path files = java.nio.file.Files.createTempDirectory("liaison-attach");
        try {
            attachAMapAndCallTheSilentAgency(files);
        } finally {
            try (var written = java.nio.file.Files.list(files)) {
                for (java.nio.file.Path file : written.toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
            java.nio.file.Files.delete(files);
        }
    }

    private void attachAMapAndCallTheSilentAgency(java.nio.file.Path files) throws Exception {
        String title = "Stolen ambulance " + unique();
        // the deadline passed yesterday and the agency has not acknowledged: it is due a call
        long id = published(bulletin("AMBER", title).add("agencyIds", array(partnerAgency()))
                .add("acknowledgementDeadline", LocalDate.now().minusDays(1).toString()));
        String base = "http://127.0.0.1:" + deployed.getPort() + "/liaison";
        java.nio.file.Path map = png(files, "route-map.png");
        java.nio.file.Path text = java.nio.file.Files.writeString(map.resolveSibling("notes.txt"), "plain notes");
        long callsBefore = engagements(partnerAgency());
        try (Browser manager = Browser.open(base, false)) {
            LoginPage.open(manager).signInAs("manager", ApiFixture.PASSWORD);
            BulletinPage page = BulletinPage.open(manager, id).attach(text);
            assertTrue(page.fileError().contains("Only PDF, PNG and JPEG"), page.fileError() + page.message());
            assertEquals(List.of(), page.attachments());
            // just over the 10 MB: the page's own check answers beside the field, not the container's error page
            byte[] big = new byte[10 * 1024 * 1024 + 1];
            System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
            java.nio.file.Path tooLarge = java.nio.file.Files.write(map.resolveSibling("scan.pdf"), big);
            page = page.attach(tooLarge);
            assertTrue(page.fileError().contains("larger than 10 MB"), page.fileError() + page.message());
            assertEquals(List.of(), page.attachments());
            // over the container's own limit (12 MB): the same page again, saying why, not the error page
            java.nio.file.Path huge = java.nio.file.Files.write(map.resolveSibling("huge.pdf"),
                    java.util.Arrays.copyOf(big, 13 * 1024 * 1024));
            page = page.attach(huge);
            assertEquals(id, page.id(), "back on the bulletin");
            assertTrue(page.uploadRefusal().contains("larger than Liaison takes"), page.uploadRefusal());
            assertEquals(List.of(), page.attachments());
            manager.lookAtBothSizes("bulletin-upload-too-large");
            page = page.attach(map);
            assertEquals(List.of("route-map.png"), page.attachments(), page.message());
            assertTrue(page.offersToLogACall(), "the agency is past the deadline without acknowledging");
            page.logTheCall();
            assertFalse(page.offersToLogACall(), "one call logged per recipient");
            assertEquals(callsBefore + 1, engagements(partnerAgency()), "the call is an engagement with the agency");
            BulletinPage.open(manager, id);
            ((org.openqa.selenium.JavascriptExecutor) manager.driver()).executeScript(
                    "document.getElementById('attachments-card').scrollIntoView()");
            manager.lookAtBothSizes("bulletin-view-attachment-followup");
        }
        try (Browser partner = Browser.open(base, false)) {
            LoginPage.open(partner).signInAs("partner", ApiFixture.PASSWORD);
            BulletinPage theirs = BulletinPage.open(partner, id);
            assertEquals(List.of("route-map.png"), theirs.attachments());
            List<Object> download = theirs.downloadFirstAttachment();
            assertEquals(200L, ((Number) download.get(0)).longValue(), download.toString());
            assertTrue(String.valueOf(download.get(1)).startsWith("image/png"), download.get(1).toString());
            byte[] expected = java.nio.file.Files.readAllBytes(map);
            List<?> received = (List<?>) download.get(2);
            assertEquals(expected.length, received.size());
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i] & 0xff, ((Number) received.get(i)).intValue(), "byte " + i);
            }
        }
    }

    // ---------------------------------------------------------------- the label's rule on the audience

    @Test
    void anAudienceWiderThanTheLabelIsRefusedNamingTheConflict() {
        JsonObject strict = draft(bulletin("AMBER_STRICT", "W " + unique())
                .add("agencyIds", array(partnerAgency(), otherPartnerAgency())));
        Reply refused = publish(strict);
        assertInvalid(refused, "audience");
        assertTrue(ApiFixture.errorMessage(refused, "audience").contains("TLP:AMBER+STRICT"), refused.toString());
        JsonObject red = draft(bulletin("RED", "W " + unique()).add("agencyIds", array(partnerAgency())));
        Reply redRefused = publish(red);
        assertInvalid(redRefused, "audience");
        assertTrue(ApiFixture.errorMessage(redRefused, "audience").contains("named people only"), redRefused.toString());
        JsonObject amber = draft(bulletin("AMBER", "W " + unique()).add("everyone", true));
        assertInvalid(publish(amber), "audience");
        assertEquals("DRAFT", ok(demo.as("manager").get("/api/bulletins/" + id(amber))).getString("status"));
    }

    @Test
    void onlyEditorsWriteAndTheRoleCheckComesFirst() {
        for (String user : List.of("officer", "partner", "auditor")) {
            assertForbidden(demo.as(user).post("/api/bulletins", Json.createObjectBuilder().add("tlp", "PURPLE")
                    .build()));
        }
        assertInvalid(demo.as("manager").post("/api/bulletins", Json.createObjectBuilder().add("title", "x")
                .add("tlp", "PURPLE").build()), "tlp", "category");
    }

    // ---------------------------------------------------------------- versions

    @Test
    void anUpdateKeepsEveryVersionAndSaysWhatChanged() {
        long id = published(bulletin("AMBER", "V " + unique()).add("agencyIds", array(partnerAgency())));
        JsonObject current = ok(demo.as("manager").get("/api/bulletins/" + id));
        Reply updated = demo.as("manager").put("/api/bulletins/" + id, bulletin("AMBER", current.getString("title")
                + " (found)").add("changeNote", "Vehicle found").add("version", current.getInt("version")).build());
        assertEquals(200, updated.status(), updated.toString());
        assertInvalid(demo.as("manager").put("/api/bulletins/" + id, bulletin("AMBER", "Too long a note")
                .add("changeNote", "n".repeat(501)).add("version", updated.json().getInt("version")).build()),
                "changeNote");
        assertEquals("UPDATED", updated.json().getString("status"));
        assertEquals(2, updated.json().getInt("versionNumber"));
        var versions = ok(demo.as("partner").get("/api/bulletins/" + id + "/versions")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(2, versions.size());
        assertEquals(2, versions.get(0).getInt("number"));
        assertEquals(List.of("title"), versions.get(0).getJsonArray("changed").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("Vehicle found", versions.get(0).getString("changeNote"));
        Reply stale = demo.as("manager").put("/api/bulletins/" + id, bulletin("AMBER", "again")
                .add("version", current.getInt("version")).build());
        assertProblem(409, stale);
    }

    // ---------------------------------------------------------------- acknowledgement

    @Test
    void theAgencysPartnerAcknowledgesInOneActionAndTheRateShowsIt() {
        String title = "A " + unique();
        long id = published(bulletin("AMBER", title).add("agencyIds", array(partnerAgency())));
        Client manager = demo.as("manager");
        JsonObject before = ok(manager.get("/api/bulletins/" + id + "/acknowledgements")).getJsonArray("items")
                .getJsonObject(0);
        assertEquals("DELIVERED", before.getString("status"));
        ok(demo.as("partner").get("/api/bulletins/" + id));
        assertEquals("OPENED", ok(manager.get("/api/bulletins/" + id + "/acknowledgements")).getJsonArray("items")
                .getJsonObject(0).getString("status"));
        assertTrue(ApiFixture.ids(ok(demo.as("partner").get("/api/bulletins?toAcknowledge=true&limit=200")))
                .contains(id));
        ok(demo.as("partner").post("/api/bulletins/" + id + "/acknowledge", null));
        JsonObject after = ok(manager.get("/api/bulletins/" + id + "/acknowledgements")).getJsonArray("items")
                .getJsonObject(0);
        assertEquals("ACKNOWLEDGED", after.getString("status"));
        assertEquals("partner", after.getString("acknowledgedBy"));
        assertProblem(409, demo.as("partner").post("/api/bulletins/" + id + "/acknowledge", null));
        assertProblem(409, demo.as("officer").post("/api/bulletins/" + id + "/acknowledge", null));
        JsonObject row = ok(manager.get("/api/bulletins?q=" + title.replace(" ", "%20"))).getJsonArray("items")
                .getJsonObject(0);
        assertEquals(100, row.getInt("acknowledgementRate"));
        assertFalse(ApiFixture.ids(ok(demo.as("partner").get("/api/bulletins?toAcknowledge=true&limit=200")))
                .contains(id));
        assertForbidden(demo.as("officer").get("/api/bulletins/" + id + "/acknowledgements"));
        assertForbidden(demo.as("partner").get("/api/bulletins/" + id + "/acknowledgements"));
        var rates = ok(demo.as("director").get("/api/bulletins/rates")).getJsonArray("items");
        assertTrue(rates.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("tlp").equals("AMBER")
                && r.getJsonNumber("facilityId").longValue() == home()), rates.toString());
    }

    @Test
    void attachmentsAreCheckedByTypeAndSize() {
        long id = published(bulletin("GREEN", "F " + unique()).add("agencyIds", array(partnerAgency())));
        Client manager = demo.as("manager");
        assertEquals(201, manager.sendRaw("POST", "/api/bulletins/" + id + "/attachments", "application/pdf",
                "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII), "X-File-Name", "map.pdf").status());
        assertProblem(415, manager.sendRaw("POST", "/api/bulletins/" + id + "/attachments", "application/pdf",
                "<html>".getBytes(StandardCharsets.US_ASCII)));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertProblem(413, manager.sendRaw("POST", "/api/bulletins/" + id + "/attachments", "application/pdf", big));
        assertEquals(1, ok(demo.as("partner").get("/api/bulletins/" + id + "/attachments")).getInt("total"));
    }

    // ---------------------------------------------------------------- partner reach

    @Test
    void aPartnerReachesOnlyTheirAgencysSharingAndNoneOfTheHospitalsRecords() {
        for (String path : List.of("/api/disclosures", "/api/disclosures/accounting?mrn=MRN1",
                "/api/relationships", "/api/bulletins/rates", "/api/disclosures/suspensions")) {
            assertForbidden(demo.as("partner").get(path));
            assertForbidden(demo.as("partner2").get(path));
        }
        JsonObject inbound = ok(demo.as("partner").post("/api/bulletins/inbound", Json.createObjectBuilder()
                .add("title", "Protest planned " + unique()).add("body", "<p>Saturday noon</p>")
                .add("category", "SITUATIONAL_UPDATE").add("tlp", "AMBER")
                .add("facilityIds", array(home())).build()));
        assertEquals("TRIAGE", inbound.getString("status"));
        assertNotFound(demo.as("partner2").get("/api/bulletins/" + id(inbound)));
        assertNotFound(demo.as("officer").get("/api/bulletins/" + id(inbound)));
        ok(demo.as("manager").post("/api/bulletins/" + id(inbound) + "/transitions", Json.createObjectBuilder()
                .add("move", "ACCEPT").add("version", inbound.getInt("version")).build()));
        assertEquals(200, demo.as("officer").get("/api/bulletins/" + id(inbound)).status());
    }

    // ---------------------------------------------------------------- disclosures

    private JsonObjectBuilder disclosure(String mrn, String on) {
        return Json.createObjectBuilder().add("mrn", mrn).add("disclosedOn", on).add("facilityId", home())
                .add("agencyId", partnerAgency()).add("recipientName", "Det. Ana Ruiz")
                .add("recipientAddress", "1 Police Plaza, Riverton").add("description", "Date of ED visit")
                .add("purpose", "Locating a missing person").add("basis", "IDENTIFICATION_LOCATION");
    }

    @Test
    void aDisclosureLinksOnlyABulletinItsRecorderMayRead() {
        String mrn = "BL" + unique().toUpperCase();
        long draft = id(draft(bulletin("GREEN", "Unreleased " + unique()).add("agencyIds", array(partnerAgency()))));
        long released = published(bulletin("GREEN", "Released " + unique()).add("agencyIds", array(partnerAgency())));
        // an officer cannot read a manager's draft, so it is no bulletin to link (it was linked)
        assertInvalid(demo.as("officer").post("/api/disclosures", disclosure(mrn, LocalDate.now().toString())
                .add("bulletinId", draft).build()), "bulletinId");
        Reply linked = demo.as("officer").post("/api/disclosures", disclosure(mrn, LocalDate.now().toString())
                .add("bulletinId", released).build());
        assertEquals(201, linked.status(), linked.toString());
    }

    @Test
    void aDisclosureMissingARequiredFieldIsRefusedNamingIt() {
        for (String field : List.of("mrn", "disclosedOn", "facilityId", "agencyId", "recipientName",
                "recipientAddress", "description", "purpose", "basis")) {
            JsonObject complete = disclosure("T" + unique(), LocalDate.now().toString()).build();
            JsonObjectBuilder without = Json.createObjectBuilder(complete);
            without.remove(field);
            assertInvalid(demo.as("manager").post("/api/disclosures", without.build()), field);
        }
        JsonObject byLaw = disclosure("T" + unique(), LocalDate.now().toString()).add("basis", "REQUIRED_BY_LAW")
                .build();
        assertInvalid(demo.as("manager").post("/api/disclosures", byLaw), "legalDocument");
        assertForbidden(demo.as("auditor").post("/api/disclosures", Json.createObjectBuilder().build()));
        assertForbidden(demo.as("partner").post("/api/disclosures", Json.createObjectBuilder().build()));
    }

    @Test
    void identifiersAreMaskedInListsAndShownInFullOnlyToManagersDirectorsAndAuditors() {
        String mrn = "MX" + unique().toUpperCase();
        JsonObject d = ok(demo.as("officer").post("/api/disclosures", disclosure(mrn, LocalDate.now().toString())
                .build()));
        String masked = "••••" + mrn.substring(mrn.length() - 4);
        assertEquals(masked, d.getString("mrn"));
        JsonObject row = ok(demo.as("director").get("/api/disclosures?mrn=" + mrn)).getJsonArray("items")
                .getJsonObject(0);
        assertEquals(masked, row.getString("maskedMrn"));
        assertFalse(row.toString().contains(mrn));
        for (String user : List.of("manager", "director", "auditor")) {
            assertEquals(mrn, ok(demo.as(user).get("/api/disclosures/" + id(d))).getString("mrn"), user);
        }
        assertEquals(masked, ok(demo.as("officer").get("/api/disclosures/" + id(d))).getString("mrn"));
        assertForbidden(demo.as("admin").get("/api/disclosures/" + id(d)));
        JsonObject audit = ok(demo.as("auditor").get("/api/audit?recordType=Disclosure&action=VIEW_IDENTIFIER"
                + "&recordId=" + id(d)));
        assertEquals(3, audit.getInt("total"), audit.toString());
        ok(demo.as("director").post("/api/disclosures/" + id(d) + "/approve", Json.createObjectBuilder()
                .add("version", d.getInt("version")).build()));
        assertForbidden(demo.as("manager").post("/api/disclosures/" + id(d) + "/approve", Json.createObjectBuilder()
                .add("version", 0).build()));
    }

    @Test
    void theAccountingLeavesOutSuspendedDisclosuresUntilTheSuspensionLapses() {
        String mrn = "AC" + unique().toUpperCase();
        LocalDate asked = LocalDate.now().minusDays(40);
        for (int i = 0; i < 3; i++) {
            ok(demo.as("manager").post("/api/disclosures", disclosure(mrn, asked.minusDays(10 + i).toString())
                    .build()));
        }
        ok(demo.as("manager").post("/api/disclosures/suspensions", Json.createObjectBuilder()
                .add("agencyId", partnerAgency()).add("mrn", mrn).add("kind", "ORAL")
                .add("requestedOn", asked.toString()).add("requestedBy", "Lt. Chen").build()));
        Client auditor = demo.as("auditor");
        String base = "/api/disclosures/accounting?mrn=" + mrn + "&asOf=";
        assertEquals(3, ok(auditor.get(base + asked.minusDays(1))).getJsonArray("disclosures").size(),
                "the day before the request");
        assertEquals(0, ok(auditor.get(base + asked)).getJsonArray("disclosures").size(), "the day of the request");
        assertEquals(0, ok(auditor.get(base + asked.plusDays(29))).getJsonArray("disclosures").size(), "day 30");
        JsonObject lapsed = ok(auditor.get(base + asked.plusDays(30)));
        assertEquals(3, lapsed.getJsonArray("disclosures").size(), "lapsed on day 31");
        JsonObject summary = lapsed.getJsonArray("summary").getJsonObject(0);
        assertEquals(3, summary.getInt("frequency"));
        assertEquals(asked.minusDays(12).toString(), summary.getString("first"));
        assertEquals(asked.minusDays(10).toString(), summary.getString("last"));
        assertEquals(0, ok(auditor.get(base + asked.plusYears(6).minusDays(9))).getJsonArray("disclosures").size(),
                "older than six years");
        Reply pdf = auditor.get("/api/disclosures/accounting?mrn=" + mrn + "&format=pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF-"), pdf.toString());
        assertForbidden(demo.as("officer").get(base + asked));
        assertInvalid(auditor.get("/api/disclosures/accounting"), "mrn");
    }

    @Test
    void aSuspensionLongerThanItsFieldsIsRefusedOnThoseFields() {
        assertInvalid(demo.as("manager").post("/api/disclosures/suspensions", Json.createObjectBuilder()
                .add("agencyId", partnerAgency()).add("kind", "ORAL").add("requestedOn", LocalDate.now().toString())
                .add("requestedBy", "Lt. " + "C".repeat(120)).add("statement", "s".repeat(1001)).build()),
                "requestedBy", "statement"); // both reached the database, which refused them with a 500
    }

    private JsonObject suspension(String mrn, String kind, LocalDate requestedOn, LocalDate until) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("agencyId", partnerAgency()).add("mrn", mrn)
                .add("kind", kind).add("requestedOn", requestedOn.toString()).add("requestedBy", "Lt. Chen");
        if (until != null) {
            body.add("until", until.toString());
        }
        Reply reply = demo.as("manager").post("/api/disclosures/suspensions", body.build());
        assertEquals(201, reply.status(), reply.toString());
        assertTrue(reply.header("Location").orElse("").matches(".*/api/disclosures/suspensions/\\d+"),
                reply.toString());
        return reply.json();
    }

    @Test
    void aSuspensionEndedByTheAgencyShowsItsDisclosuresAgainAndALapsedOneCannotEnd() {
        String mrn = "EN" + unique().toUpperCase();
        ok(demo.as("manager").post("/api/disclosures", disclosure(mrn, LocalDate.now().minusDays(3).toString()).build()));
        JsonObject held = suspension(mrn, "WRITTEN", LocalDate.now().minusDays(1), LocalDate.now().plusDays(60));
        String accounting = "/api/disclosures/accounting?mrn=" + mrn;
        assertEquals(0, ok(demo.as("auditor").get(accounting)).getJsonArray("disclosures").size());
        JsonObject end = Json.createObjectBuilder().add("version", held.getInt("version")).build();
        for (String role : List.of("officer", "auditor", "partner", "admin")) {
            assertForbidden(demo.as(role).post("/api/disclosures/suspensions/" + id(held) + "/end", end));
        }
        assertNotFound(demo.as("manager").post("/api/disclosures/suspensions/999999999/end", end));
        assertProblem(409, demo.as("manager").post("/api/disclosures/suspensions/" + id(held) + "/end",
                Json.createObjectBuilder().add("version", held.getInt("version") + 7).build()));
        JsonObject ended = ok(demo.as("director").post("/api/disclosures/suspensions/" + id(held) + "/end", end));
        assertTrue(ended.getBoolean("endedEarly"));
        assertEquals(LocalDate.now().minusDays(1).toString(), ended.getString("lastDay"));
        assertEquals(ended, ok(demo.as("auditor").get("/api/disclosures/suspensions/" + id(held))));
        assertEquals(1, ok(demo.as("auditor").get(accounting)).getJsonArray("disclosures").size(),
                "shown again from the day it ended");
        assertEquals(0, ok(demo.as("auditor").get(accounting + "&asOf=" + LocalDate.now().minusDays(1)))
                .getJsonArray("disclosures").size(), "still left out of an accounting made while it held");
        JsonObject lapsed = suspension(mrn, "ORAL", LocalDate.now().minusDays(40), null);
        assertProblem(409, demo.as("manager").post("/api/disclosures/suspensions/" + id(lapsed) + "/end",
                Json.createObjectBuilder().add("version", lapsed.getInt("version")).build()));
    }

    private long writtenAudits() {
        return ok(demo.as("auditor").get("/api/audit?action=SUSPENSION_WRITTEN&recordType=Agency&recordId="
                + partnerAgency())).getInt("total");
    }

    @Test
    void anOralSuspensionPutInWritingHoldsUntilItsWrittenDate() {
        String mrn = "WR" + unique().toUpperCase();
        ok(demo.as("manager").post("/api/disclosures", disclosure(mrn, LocalDate.now().minusDays(3).toString()).build()));
        JsonObject oral = suspension(mrn, "ORAL", LocalDate.now().minusDays(2), null);
        assertEquals(LocalDate.now().plusDays(27).toString(), oral.getString("lastDay"), "30 days from the request");
        String path = "/api/disclosures/suspensions/" + id(oral) + "/written";
        String until = LocalDate.now().plusDays(90).toString();
        JsonObject body = Json.createObjectBuilder().add("version", oral.getInt("version")).add("until", until).build();
        for (String role : List.of("officer", "auditor", "partner", "admin")) {
            assertForbidden(demo.as(role).post(path, body));
            assertForbidden(demo.as(role).post("/api/disclosures/suspensions/999999999/written", body));
        }
        assertNotFound(demo.as("manager").post("/api/disclosures/suspensions/999999999/written", body));
        assertProblem(409, demo.as("manager").post(path, Json.createObjectBuilder()
                .add("version", oral.getInt("version") + 7).add("until", until).build()));
        assertInvalid(demo.as("manager").post(path, Json.createObjectBuilder().add("until", until).build()), "version");
        assertInvalid(demo.as("manager").post(path, Json.createObjectBuilder().add("version", oral.getInt("version"))
                .build()), "until");
        assertInvalid(demo.as("manager").post(path, Json.createObjectBuilder().add("version", oral.getInt("version"))
                .add("until", "next week").build()), "until");
        assertInvalid(demo.as("manager").post(path, Json.createObjectBuilder().add("version", oral.getInt("version"))
                .add("until", LocalDate.now().minusDays(5).toString()).build()), "until");
        assertInvalid(demo.as("manager").post(path, Json.createObjectBuilder().add("version", oral.getInt("version"))
                .add("writtenOn", LocalDate.now().plusDays(1).toString()).add("until", until).build()), "writtenOn");
        assertEquals("ORAL", ok(demo.as("auditor").get("/api/disclosures/suspensions/" + id(oral))).getString("kind"),
                "nothing changed by the refused requests");

        long audited = writtenAudits();
        Reply byTag = demo.as("manager").post(path, Json.createObjectBuilder().add("until", until).build(),
                "If-Match", "\"" + oral.getInt("version") + "\"");
        JsonObject written = ok(byTag);
        assertEquals("WRITTEN", written.getString("kind"));
        assertEquals(until, written.getString("lastDay"));
        assertFalse(written.getBoolean("endedEarly"));
        assertEquals(written, ok(demo.as("auditor").get("/api/disclosures/suspensions/" + id(oral))));
        assertEquals(audited + 1, writtenAudits(), "putting it in writing is audited");
        String accounting = "/api/disclosures/accounting?mrn=" + mrn;
        assertEquals(0, ok(demo.as("auditor").get(accounting + "&asOf=" + LocalDate.now().plusDays(60)))
                .getJsonArray("disclosures").size(), "held past the oral 30 days until the written date");
        assertEquals(1, ok(demo.as("auditor").get(accounting + "&asOf=" + LocalDate.now().plusDays(91)))
                .getJsonArray("disclosures").size(), "shown again after the written date");
        assertProblem(409, demo.as("director").post(path, Json.createObjectBuilder()
                .add("version", written.getInt("version")).add("until", until).build()));

        JsonObject lapsed = suspension(mrn, "ORAL", LocalDate.now().minusDays(40), null);
        assertProblem(409, demo.as("director").post("/api/disclosures/suspensions/" + id(lapsed) + "/written",
                Json.createObjectBuilder().add("version", lapsed.getInt("version")).add("until", until).build()));
    }

    @Test
    void aManagerCannotReadEndOrPutInWritingAnotherHospitalsSuspension() {
        long theirAgency = demo.agencyOnlyTheOtherHospitalWorksWith();
        Reply made = demo.as("director").post("/api/disclosures/suspensions", Json.createObjectBuilder()
                .add("agencyId", theirAgency).add("mrn", "SC" + unique().toUpperCase()).add("kind", "ORAL").add("requestedOn", LocalDate.now().toString())
                .add("requestedBy", "Sgt. " + unique()).build());
        assertEquals(201, made.status(), made.toString());
        JsonObject theirs = made.json();
        String path = "/api/disclosures/suspensions/" + id(theirs);
        JsonObject version = Json.createObjectBuilder().add("version", theirs.getInt("version")).build();
        assertNotFound(demo.as("manager").get(path));
        assertNotFound(demo.as("manager").post(path + "/end", version));
        assertNotFound(demo.as("manager").post(path + "/written", Json.createObjectBuilder()
                .add("version", theirs.getInt("version")).add("until", LocalDate.now().plusDays(60).toString()).build()));
        assertTrue(ok(demo.as("manager").get("/api/disclosures/suspensions")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().noneMatch(x -> id(x) == id(theirs)), "not listed either");
        JsonObject unchanged = ok(demo.as("director").get(path));
        assertEquals("ORAL", unchanged.getString("kind"));
        assertFalse(unchanged.getBoolean("endedEarly"));
        assertEquals(theirs.getInt("version"), unchanged.getInt("version"));
    }

    @Test
    void aManagerRecordsASuspensionOnItsPageSeesItOnTheAccountingAndEndsIt() {
        String mrn = "PG" + unique().toUpperCase();
        String official = "Det. Sgt. " + unique();
        for (int i = 0; i < 2; i++) {
            ok(demo.as("manager").post("/api/disclosures", disclosure(mrn, LocalDate.now().minusDays(5 + i).toString())
                    .build()));
        }
        String base = "http://127.0.0.1:" + deployed.getPort() + "/liaison";
        try (Browser manager = Browser.open(base, false)) {
            LoginPage.open(manager).signInAs("manager", ApiFixture.PASSWORD);
            assertEquals(List.of("2"), AccountingPage.open(manager).show(mrn).frequencies());
            SuspensionsPage page = SuspensionsPage.open(manager).recordWritten(ApiFixture.PARTNER_AGENCY, mrn,
                    LocalDate.now().plusDays(45), official);
            assertEquals("Holds", page.stateOf(official), page.message());
            SuspensionsPage.open(manager);
            manager.lookAtBothSizes("suspensions");

            AccountingPage accounting = AccountingPage.open(manager).show(mrn);
            assertEquals(List.of(), accounting.frequencies());
            List<String> held = accounting.heldBack();
            assertEquals(1, held.size(), held.toString());
            assertTrue(held.get(0).contains(ApiFixture.PARTNER_AGENCY) && held.get(0).contains("2 disclosures"),
                    held.toString());
            manager.lookAtBothSizes("accounting-suspended");

            page = SuspensionsPage.open(manager).end(official);
            assertEquals("Ended early", page.stateOf(official));
            assertFalse(page.offersToEnd(official));
            AccountingPage after = AccountingPage.open(manager).show(mrn);
            assertEquals(List.of("2"), after.frequencies());
            assertEquals(List.of(), after.heldBack());

            // an oral request the agency then confirms in writing: put in writing on the page
            String oralBy = "Det. " + unique();
            LocalDate asked = LocalDate.now().minusDays(1);
            assertEquals(201, demo.as("manager").post("/api/disclosures/suspensions", Json.createObjectBuilder()
                    .add("agencyId", partnerAgency()).add("mrn", mrn).add("kind", "ORAL")
                    .add("requestedOn", asked.toString()).add("requestedBy", oralBy).build()).status());
            LocalDate writtenUntil = LocalDate.now().plusDays(75);
            SuspensionsPage.open(manager);
            manager.lookAtBothSizes("suspensions-put-in-writing");
            page = SuspensionsPage.open(manager).putInWriting(ApiFixture.PARTNER_AGENCY + " – " + oralBy + " (" + asked
                    + ")", writtenUntil);
            assertTrue(page.message().contains("now in writing"), page.message());
            String row = page.rowOf(oralBy);
            assertTrue(row.contains("Written") && row.contains(writtenUntil.toString()), row);
            assertEquals("Holds", page.stateOf(oralBy));
        }
        try (Browser officer = Browser.open(base, false)) {
            LoginPage.open(officer).signInAs("officer", ApiFixture.PASSWORD);
            officer.go("/disclosures/suspensions");
            assertEquals("404", officer.driver().findElement(org.openqa.selenium.By.tagName("body"))
                    .getAttribute("data-error"));
        }
    }

    @Test
    void theDemoDataHoldsOneActiveSuspension() {
        assertTrue(ok(demo.as("director").get("/api/disclosures/suspensions?activeOn=" + LocalDate.now()))
                .getInt("total") >= 1);
        assertTrue(ok(demo.as("director").get("/api/disclosures?limit=1")).getInt("total") >= 9000);
        assertTrue(ok(demo.as("director").get("/api/bulletins?limit=1")).getInt("total") >= 300);
    }
}
