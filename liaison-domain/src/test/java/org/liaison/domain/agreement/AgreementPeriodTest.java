package org.liaison.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liaison.domain.shared.DomainRuleViolation;

class AgreementPeriodTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void anExpiryTheDayAfterTheStartIsAPeriod() {
        AgreementPeriod period = new AgreementPeriod(START, START.plusDays(1));
        assertEquals(START, period.effectiveOn());
        assertEquals(START.plusDays(1), period.expiresOn());
    }

    @Test
    void anExpiryOnTheEffectiveDateIsRefusedOnTheExpiryField() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> new AgreementPeriod(START, START));
        assertEquals("expiresOn", refused.getField());
        assertEquals("agreement.period.expiryNotAfterStart", refused.getMessageKey());
    }

    @Test
    void anExpiryBeforeTheStartIsRefused() {
        assertEquals("expiresOn", assertThrows(DomainRuleViolation.class,
                () -> new AgreementPeriod(START, START.minusDays(1))).getField());
    }

    @Test
    void bothDatesAreRequiredEachOnItsField() {
        assertEquals("effectiveOn", assertThrows(DomainRuleViolation.class,
                () -> new AgreementPeriod(null, START)).getField());
        assertEquals("expiresOn", assertThrows(DomainRuleViolation.class,
                () -> new AgreementPeriod(START, null)).getField());
    }

    @Test
    void itExtendsOnlyToALaterExpiry() {
        AgreementPeriod period = new AgreementPeriod(START, START.plusYears(1));
        assertEquals(new AgreementPeriod(START, START.plusYears(2)), period.extendTo(START.plusYears(2)));
        assertEquals("newExpiresOn", assertThrows(DomainRuleViolation.class,
                () -> period.extendTo(START.plusYears(1))).getField());
        assertThrows(DomainRuleViolation.class, () -> period.extendTo(null));
    }

    @Test
    void itHasStartedOnItsEffectiveDateAndEndedTheDayAfterItsExpiry() {
        AgreementPeriod period = new AgreementPeriod(START, START.plusDays(10));
        assertFalse(period.hasStartedBy(START.minusDays(1)));
        assertTrue(period.hasStartedBy(START));
        assertFalse(period.hasEndedBy(START.plusDays(10)));
        assertTrue(period.hasEndedBy(START.plusDays(11)));
    }

    @Test
    void theNoticeWindowRunsFromNoticeDaysBeforeExpiryThroughTheExpiryDate() {
        AgreementPeriod period = new AgreementPeriod(START, START.plusDays(100));
        assertFalse(period.noticeWindowContains(START.plusDays(69), 30));
        assertTrue(period.noticeWindowContains(START.plusDays(70), 30));
        assertTrue(period.noticeWindowContains(START.plusDays(100), 30));
        assertFalse(period.noticeWindowContains(START.plusDays(101), 30));
    }
}
