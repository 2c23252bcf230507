package org.liaison.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liaison.domain.shared.DomainRuleViolation;

class AgreementTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 1, 1);

    private static Agreement draft() {
        return new Agreement("MOU with Riverton PD", AgreementType.MOU, START, END, 90);
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
        assertThrows(DomainRuleViolation.class, () -> agreement.renew(END.minusDays(1)));
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
    void anExpiryBeforeTheStartIsNotAValidPeriod() {
        assertFalse(new Agreement("x", AgreementType.MOU, END, START, 30).hasValidPeriod());
        assertTrue(draft().hasValidPeriod());
    }

    @Test
    void onlyPdfBytesAreAcceptedAsDocuments() {
        Agreement agreement = draft();
        byte[] pdf = "%PDF-1.7 minimal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        AgreementDocument document = new AgreementDocument(agreement, 1, "../../etc/signed MOU.pdf", pdf, "abc", "manager",
                java.time.LocalDateTime.of(2026, 11, 27, 9, 0));
        assertEquals("signed MOU.pdf", document.getFileName());
        assertEquals(pdf.length, document.getSizeBytes());
        assertThrows(DomainRuleViolation.class, () -> new AgreementDocument(agreement, 2, "fake.pdf",
                "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "x", "m", null));
        assertThrows(DomainRuleViolation.class, () -> new AgreementDocument(agreement, 2, "big.pdf",
                new byte[(int) AgreementDocument.MAX_BYTES + 1], "x", "m", null));
    }
}
