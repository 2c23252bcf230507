package org.liaison.domain.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;

class BulletinTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 9, 0);
    static final LocalDate TODAY = NOW.toLocalDate();

    static Facility facility(long id) {
        Facility f = new Facility("Hospital " + id, "H" + id, FacilityKind.HOSPITAL, 300, null, "Riverton");
        f.setId(id);
        return f;
    }

    static Agency agency(long id) {
        Agency a = new Agency("Agency " + id, AgencyType.MUNICIPAL_POLICE, "Riverton", null, null, null);
        a.setId(id);
        return a;
    }

    static UserAccount user(long id) {
        UserAccount u = new UserAccount("user" + id, "User " + id, null);
        u.setId(id);
        return u;
    }

    static Bulletin draft(Tlp tlp, boolean patientInformation) {
        Bulletin b = new Bulletin(user(1), BulletinDirection.OUTBOUND, NOW);
        b.write("Vehicle seen near the ED", "<p>Grey sedan <script>x()</script>circling</p>", BulletinCategory.BOLO,
                tlp, TODAY.plusDays(30), true, TODAY.plusDays(7), patientInformation);
        b.concern(List.of(facility(10)));
        b.address(List.of(agency(20)), List.of(), List.of(), List.of(), false);
        return b;
    }

    @Test
    void theBodyIsSanitisedWhenWritten() {
        assertEquals("<p>Grey sedan circling</p>", draft(Tlp.AMBER, false).getBody());
    }

    @Test
    void aDraftWithoutPatientInformationIsPublishedAsVersionOne() {
        Bulletin b = draft(Tlp.AMBER, false);
        assertTrue(b.submit(NOW));
        assertEquals(BulletinStatus.PUBLISHED, b.getStatus());
        assertEquals(1, b.getVersionNumber());
        assertEquals(NOW, b.getPublishedAt());
    }

    @Test
    void patientInformationGoesThroughPrivacyReviewFirst() {
        Bulletin b = draft(Tlp.AMBER, true);
        assertFalse(b.submit(NOW));
        assertEquals(BulletinStatus.PRIVACY_REVIEW, b.getStatus());
        assertThrows(DomainRuleViolation.class, () -> b.revise("t", "b", BulletinCategory.BOLO, Tlp.AMBER, null,
                false, null));
        b.approvePrivacy("director", NOW);
        assertEquals(BulletinStatus.PUBLISHED, b.getStatus());
        assertEquals("director", b.getPrivacyApprovedBy());
        assertThrows(DomainRuleViolation.class, () -> b.approvePrivacy("director", NOW));
    }

    @Test
    void anAudienceWiderThanTheLabelIsRefusedNamingTheConflict() {
        Bulletin b = draft(Tlp.RED, false);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> b.submit(NOW));
        assertEquals("audience", refused.getField());
        assertTrue(refused.getMessage().contains("TLP:RED"), refused.getMessage());
        assertEquals(BulletinStatus.DRAFT, b.getStatus());
        b.address(List.of(), List.of(), List.of(), List.of(user(5)), false);
        assertTrue(b.submit(NOW));
    }

    @Test
    void anUpdateKeepsTheLabelRuleAndCountsVersions() {
        Bulletin b = draft(Tlp.AMBER, false);
        b.submit(NOW);
        b.revise("Vehicle found", "<p>Found</p>", BulletinCategory.BOLO, Tlp.AMBER, TODAY.plusDays(30), true,
                TODAY.plusDays(7));
        assertEquals(BulletinStatus.UPDATED, b.getStatus());
        assertEquals(2, b.getVersionNumber());
        assertThrows(DomainRuleViolation.class, () -> b.revise("x", "y", BulletinCategory.BOLO, Tlp.RED, null, false,
                null));
        assertThrows(DomainRuleViolation.class, () -> b.write("x", "y", BulletinCategory.BOLO, Tlp.AMBER, null,
                false, null, false));
    }

    @Test
    void withdrawingNeedsAReasonAndEndsTheBulletin() {
        Bulletin b = draft(Tlp.GREEN, false);
        assertThrows(DomainRuleViolation.class, () -> b.withdraw("not yet published"));
        b.submit(NOW);
        DomainRuleViolation noReason = assertThrows(DomainRuleViolation.class, () -> b.withdraw(" "));
        assertEquals("reason", noReason.getField());
        b.withdraw("Sent in error");
        assertEquals(BulletinStatus.WITHDRAWN, b.getStatus());
        assertThrows(DomainRuleViolation.class, () -> b.withdraw("again"));
        assertFalse(b.expireIfPast(TODAY.plusYears(1)));
    }

    @Test
    void aLiveBulletinExpiresTheDayAfterItsValidUntil() {
        Bulletin b = draft(Tlp.GREEN, false);
        b.submit(NOW);
        assertFalse(b.expireIfPast(TODAY.plusDays(30)));
        assertTrue(b.expireIfPast(TODAY.plusDays(31)));
        assertEquals(BulletinStatus.EXPIRED, b.getStatus());
        assertFalse(b.expireIfPast(TODAY.plusDays(32)), "running twice changes nothing");
    }

    @Test
    void anAcknowledgementDeadlineIsRequiredAndWithinTheValidity() {
        Bulletin b = new Bulletin(user(1), BulletinDirection.OUTBOUND, NOW);
        assertEquals("acknowledgementDeadline", assertThrows(DomainRuleViolation.class, () -> b.write("t", "b",
                BulletinCategory.ADVISORY, Tlp.GREEN, null, true, null, false)).getField());
        assertThrows(DomainRuleViolation.class, () -> b.write("t", "b", BulletinCategory.ADVISORY, Tlp.GREEN,
                TODAY.plusDays(3), true, TODAY.plusDays(4), false));
        b.write("t", "b", BulletinCategory.ADVISORY, Tlp.GREEN, null, false, TODAY, false);
        assertNull(b.getAcknowledgementDeadline(), "no deadline when no acknowledgement is asked for");
    }

    @Test
    void anInboundBulletinIsTriagedByAManager() {
        Bulletin b = new Bulletin(user(9), BulletinDirection.INBOUND, NOW);
        assertEquals(BulletinStatus.TRIAGE, b.getStatus());
        b.write("Protest planned", "<p>Saturday</p>", BulletinCategory.SITUATIONAL_UPDATE, Tlp.AMBER, null, false,
                null, false);
        b.concern(List.of(facility(10)));
        b.address(List.of(), List.of(facility(10)), List.of(), List.of(), false);
        assertThrows(DomainRuleViolation.class, () -> b.submit(NOW), "not a draft");
        assertTrue(b.acceptFromTriage(NOW));
        assertEquals(BulletinStatus.PUBLISHED, b.getStatus());
        Bulletin declined = new Bulletin(user(9), BulletinDirection.INBOUND, NOW);
        declined.decline("Duplicate of last week's");
        assertEquals(BulletinStatus.WITHDRAWN, declined.getStatus());
    }

    @Test
    void aBulletinConcernsAtLeastOneFacility() {
        Bulletin b = new Bulletin(user(1), BulletinDirection.OUTBOUND, NOW);
        assertEquals("facilityIds", assertThrows(DomainRuleViolation.class, () -> b.concern(Set.of())).getField());
    }

    @Test
    void theDeadlinePassesOnlyForALiveBulletinAskingForAcknowledgement() {
        Bulletin b = draft(Tlp.AMBER, false);
        assertFalse(b.isPastDeadline(TODAY.plusDays(8)), "a draft");
        b.submit(NOW);
        assertFalse(b.isPastDeadline(TODAY.plusDays(7)), "on the deadline");
        assertTrue(b.isPastDeadline(TODAY.plusDays(8)));
    }
}
