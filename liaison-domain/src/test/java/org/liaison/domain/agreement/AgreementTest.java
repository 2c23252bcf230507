package org.liaison.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;

class AgreementTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 1, 1);

    private static Agreement draft() {
        return new Agreement("MOU with Riverton PD", AgreementType.MOU, new AgreementPeriod(START, END), 90);
    }

    private static Agreement active() {
        Agreement agreement = draft();
        agreement.submitForReview();
        agreement.sign(START.minusDays(10));
        agreement.activate(START);
        return agreement;
    }

    @Test
    void aDraftGoesThroughReviewAndSignatureIntoForce() {
        Agreement agreement = draft();
        agreement.submitForReview();
        assertEquals(AgreementStatus.IN_REVIEW, agreement.getStatus());
        agreement.sign(START.minusDays(3));
        assertEquals(AgreementStatus.SIGNED, agreement.getStatus());
        assertEquals(START.minusDays(3), agreement.getSignedOn());
        agreement.activate(START);
        assertEquals(AgreementStatus.ACTIVE, agreement.getStatus());
        assertTrue(agreement.isInForce());
    }

    @Test
    void aDraftCannotBeSigned() {
        Agreement agreement = draft();
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> agreement.sign(START));
        assertTrue(refused.getMessage().contains("draft"), refused.getMessage());
        assertEquals(AgreementStatus.DRAFT, agreement.getStatus());
    }

    @Test
    void aSignedAgreementCannotBeActivatedBeforeItsEffectiveDate() {
        Agreement agreement = draft();
        agreement.submitForReview();
        agreement.sign(START.minusDays(20));
        assertThrows(DomainRuleViolation.class, () -> agreement.activate(START.minusDays(1)));
        assertEquals(AgreementStatus.SIGNED, agreement.getStatus());
    }

    @Test
    void reviewCanSendItBackToDraft() {
        Agreement agreement = draft();
        agreement.submitForReview();
        agreement.returnToDraft();
        assertEquals(AgreementStatus.DRAFT, agreement.getStatus());
        assertThrows(DomainRuleViolation.class, agreement::returnToDraft);
    }

    @Test
    void renewingNeedsALaterExpiryAndAnAgreementInForce() {
        Agreement agreement = active();
        assertEquals("newExpiresOn", assertThrows(DomainRuleViolation.class, () -> agreement.renew(END)).getField());
        assertThrows(DomainRuleViolation.class, () -> agreement.renew(END.minusDays(1)));
        assertThrows(DomainRuleViolation.class, () -> agreement.renew(null));
        assertEquals(AgreementStatus.ACTIVE, agreement.getStatus());
        assertEquals(END, agreement.getExpiresOn());
        agreement.renew(END.plusYears(2));
        assertEquals(AgreementStatus.RENEWED, agreement.getStatus());
        assertEquals(END.plusYears(2), agreement.getExpiresOn());
        assertThrows(DomainRuleViolation.class, () -> draft().renew(END.plusYears(1)));
    }

    @Test
    void terminationNeedsAReasonAndIsFinal() {
        Agreement agreement = active();
        assertThrows(DomainRuleViolation.class, () -> agreement.terminate(" "));
        agreement.terminate("Department merged into the county sheriff");
        assertEquals(AgreementStatus.TERMINATED, agreement.getStatus());
        assertThrows(DomainRuleViolation.class, () -> agreement.terminate("again"));
        assertThrows(DomainRuleViolation.class, () -> agreement.renew(END.plusYears(1)));
    }

    @Test
    void theCalendarMarksExpiringInsideTheNoticeWindowAndOnlyOnce() {
        Agreement agreement = active();
        assertFalse(agreement.applyCalendar(END.minusDays(91)));
        assertEquals(AgreementStatus.ACTIVE, agreement.getStatus());
        assertTrue(agreement.applyCalendar(END.minusDays(90)));
        assertEquals(AgreementStatus.EXPIRING, agreement.getStatus());
        assertFalse(agreement.applyCalendar(END.minusDays(90)), "a second run the same day changes nothing");
    }

    @Test
    void theCalendarExpiresTheDayAfterTheExpiryDate() {
        Agreement agreement = active();
        agreement.applyCalendar(END);
        assertEquals(AgreementStatus.EXPIRING, agreement.getStatus());
        assertTrue(agreement.applyCalendar(END.plusDays(1)));
        assertEquals(AgreementStatus.EXPIRED, agreement.getStatus());
        assertFalse(agreement.applyCalendar(END.plusDays(2)));
    }

    @Test
    void theCalendarBringsASignedAgreementIntoForceOnItsEffectiveDate() {
        Agreement agreement = draft();
        agreement.submitForReview();
        agreement.sign(START.minusDays(5));
        assertFalse(agreement.applyCalendar(START.minusDays(1)));
        assertTrue(agreement.applyCalendar(START));
        assertEquals(AgreementStatus.ACTIVE, agreement.getStatus());
    }

    @Test
    void theCalendarLeavesDraftsAlone() {
        Agreement agreement = draft();
        assertFalse(agreement.applyCalendar(END.plusYears(1)));
        assertEquals(AgreementStatus.DRAFT, agreement.getStatus());
    }

    @Test
    void anAgreementCannotBeMadeWithoutAPeriod() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> new Agreement("x", AgreementType.MOU, null, 30));
        assertEquals("effectiveOn", refused.getField());
    }

    @Test
    void reschedulingKeepsTheNewPeriodAndRefusesNone() {
        Agreement agreement = draft();
        agreement.reschedule(new AgreementPeriod(START.plusDays(1), END.plusDays(1)));
        assertEquals(START.plusDays(1), agreement.getEffectiveOn());
        assertEquals(END.plusDays(1), agreement.getExpiresOn());
        assertThrows(DomainRuleViolation.class, () -> agreement.reschedule(null));
        assertEquals(END.plusDays(1), agreement.getExpiresOn());
    }

    @Test
    void editedTermsWithoutAPeriodAreRefused() {
        Agreement agreement = draft();
        Agreement blank = new Agreement();
        blank.setTitle("Renamed");
        assertThrows(DomainRuleViolation.class, () -> agreement.updateTermsFrom(blank));
        assertEquals("MOU with Riverton PD", agreement.getTitle());
        assertEquals(END, agreement.getExpiresOn());
    }

    @Test
    void theAgreementNamesAtLeastOneFacilityAndOneAgency() {
        Agreement agreement = draft();
        Facility hospital = hospital();
        Agency police = police();

        DomainRuleViolation noFacility = assertThrows(DomainRuleViolation.class,
                () -> agreement.assignParties(List.of(), List.of(police)));
        assertEquals("facilityIds", noFacility.getField());
        DomainRuleViolation noAgency = assertThrows(DomainRuleViolation.class,
                () -> agreement.assignParties(List.of(hospital), List.of()));
        assertEquals("agencyIds", noAgency.getField());
        assertEquals("facilityIds", assertThrows(DomainRuleViolation.class,
                () -> agreement.assignParties(null, null)).getField());

        agreement.assignParties(List.of(hospital), List.of(police));
        assertEquals(Set.of(hospital), agreement.getFacilities());
        assertEquals(Set.of(police), agreement.getAgencies());
    }

    @Test
    void refusedPartiesLeaveThePreviousOnesInPlace() {
        Agreement agreement = draft();
        Facility hospital = hospital();
        Agency police = police();
        agreement.assignParties(List.of(hospital), List.of(police));
        assertThrows(DomainRuleViolation.class, () -> agreement.assignParties(List.of(hospital()), List.of()));
        assertEquals(Set.of(hospital), agreement.getFacilities());
        assertEquals(Set.of(police), agreement.getAgencies());
    }

    @Test
    void thePartiesChangeOnlyThroughTheAgreement() {
        Agreement agreement = draft();
        agreement.assignParties(List.of(hospital()), List.of(police()));
        assertThrows(UnsupportedOperationException.class, () -> agreement.getFacilities().clear());
        assertThrows(UnsupportedOperationException.class, () -> agreement.getAgencies().clear());
    }

    @Test
    void anAgreementIsStoredOnlyWithAPeriodAndBothSides() {
        Agreement withoutParties = draft();
        assertEquals("facilityIds", assertThrows(DomainRuleViolation.class, withoutParties::requireCompleteTerms)
                .getField());

        Agreement blank = new Agreement();
        assertEquals("effectiveOn", assertThrows(DomainRuleViolation.class, blank::requireCompleteTerms).getField());

        Agreement complete = draft();
        complete.assignParties(List.of(hospital()), List.of(police()));
        complete.requireCompleteTerms();
    }

    private static Facility hospital() {
        return new Facility("Riverton General", "RGH", FacilityKind.HOSPITAL, 400, null, "Riverton");
    }

    private static Agency police() {
        return new Agency("Riverton PD", AgencyType.MUNICIPAL_POLICE, "City", null, null, null);
    }

    @Test
    void onlyPdfBytesAreAcceptedAsDocuments() {
        Agreement agreement = draft();
        byte[] pdf = "%PDF-1.7 minimal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        AgreementDocument document = new AgreementDocument(agreement, 1, "../../etc/signed MOU.pdf", pdf, "manager",
                java.time.LocalDateTime.of(2026, 11, 27, 9, 0));
        assertEquals("signed MOU.pdf", document.getFileName());
        assertEquals(pdf.length, document.getSizeBytes());
        assertThrows(DomainRuleViolation.class, () -> new AgreementDocument(agreement, 2, "fake.pdf",
                "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "m", null));
        assertThrows(DomainRuleViolation.class, () -> new AgreementDocument(agreement, 2, "big.pdf",
                new byte[(int) AgreementDocument.MAX_BYTES + 1], "m", null));
    }
}
