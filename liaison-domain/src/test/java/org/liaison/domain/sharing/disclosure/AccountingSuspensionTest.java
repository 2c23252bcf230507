package org.liaison.domain.sharing.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.shared.DomainRuleViolation;

class AccountingSuspensionTest {

    private static final LocalDate ASKED = LocalDate.of(2026, 5, 1);

    private final Disclosure disclosure = DisclosureTest.complete(DisclosureBasis.IDENTIFICATION_LOCATION, null);
    private final Agency police = disclosure.getAgency();

    @Test
    void anOralRequestHoldsThirtyDaysCountingItsFirstDay() {
        AccountingSuspension oral = AccountingSuspension.oral(police, null, ASKED, "Lt. Chen", null);
        assertFalse(oral.hides(disclosure, ASKED.minusDays(1)), "before the request");
        assertTrue(oral.hides(disclosure, ASKED));
        assertTrue(oral.hides(disclosure, ASKED.plusDays(29)), "day 30");
        assertFalse(oral.hides(disclosure, ASKED.plusDays(30)), "lapsed on day 31");
        assertEquals(ASKED.plusDays(29), oral.lastDay());
    }

    @Test
    void aWrittenRequestHoldsUntilItsDateInclusive() {
        LocalDate until = ASKED.plusDays(90);
        AccountingSuspension written = AccountingSuspension.written(police, "mrn00123456", ASKED, until, "Lt. Chen",
                "Ongoing investigation");
        assertTrue(written.hides(disclosure, until));
        assertFalse(written.hides(disclosure, until.plusDays(1)));
    }

    @Test
    void anOralRequestPutInWritingInTimeHoldsUntilTheWrittenDate() {
        AccountingSuspension oral = AccountingSuspension.oral(police, null, ASKED, "Lt. Chen", null);
        oral.putInWriting(ASKED.plusDays(20), ASKED.plusDays(120));
        assertEquals(SuspensionKind.WRITTEN, oral.getKind());
        assertTrue(oral.hides(disclosure, ASKED.plusDays(100)));
        AccountingSuspension late = AccountingSuspension.oral(police, null, ASKED, "Lt. Chen", null);
        assertThrows(DomainRuleViolation.class, () -> late.putInWriting(ASKED.plusDays(30), ASKED.plusDays(120)));
    }

    @Test
    void anEndedSuspensionShowsTheDisclosuresAgainFromItsEndDay() {
        AccountingSuspension written = AccountingSuspension.written(police, null, ASKED, ASKED.plusDays(90),
                "Lt. Chen", "Ongoing investigation");
        written.end(ASKED.plusDays(10));
        assertTrue(written.hides(disclosure, ASKED.plusDays(9)), "the day before it ended");
        assertFalse(written.hides(disclosure, ASKED.plusDays(10)), "the day it ended");
        assertTrue(written.isEndedEarly());
        assertFalse(written.isEndableOn(ASKED.plusDays(10)));
        assertThrows(DomainRuleViolation.class, () -> written.end(ASKED.plusDays(11)), "already over");
    }

    @Test
    void itsStateFollowsTheDayAskedAbout() {
        AccountingSuspension oral = AccountingSuspension.oral(police, null, ASKED, "Lt. Chen", null);
        assertEquals(SuspensionState.PENDING, oral.stateOn(ASKED.minusDays(1)));
        assertEquals(SuspensionState.HOLDS, oral.stateOn(ASKED));
        assertEquals(SuspensionState.LAPSED, oral.stateOn(ASKED.plusDays(30)));
        oral.end(ASKED.plusDays(5));
        assertEquals(SuspensionState.ENDED, oral.stateOn(ASKED.plusDays(5)));
        assertEquals(SuspensionState.HOLDS, oral.stateOn(ASKED.plusDays(4)));
    }

    @Test
    void aSuspensionEndedBeforeItBeganNeverHidesAnything() {
        AccountingSuspension oral = AccountingSuspension.oral(police, null, ASKED, "Lt. Chen", null);
        oral.end(ASKED.minusDays(3));
        assertFalse(oral.hides(disclosure, ASKED));
        assertTrue(oral.isEndedEarly());
    }

    @Test
    void aLapsedSuspensionCannotBeEnded() {
        AccountingSuspension oral = AccountingSuspension.oral(police, null, ASKED, "Lt. Chen", null);
        assertTrue(oral.isEndableOn(ASKED.plusDays(29)));
        assertFalse(oral.isEndedEarly());
        assertThrows(DomainRuleViolation.class, () -> oral.end(ASKED.plusDays(30)));
        assertEquals("endedOn", assertThrows(DomainRuleViolation.class, () -> oral.end(null)).getField());
    }

    @Test
    void itHidesOnlyTheAgencysDisclosuresOfItsPatient() {
        Agency other = new Agency("Sheriff", AgencyType.SHERIFF, "County", null, null, null);
        other.setId(99L);
        assertFalse(AccountingSuspension.oral(other, null, ASKED, "Sgt", null).hides(disclosure, ASKED));
        assertFalse(AccountingSuspension.oral(police, "OTHER1", ASKED, "Sgt", null).hides(disclosure, ASKED));
    }

    @Test
    void aWrittenRequestNeedsAnEndNotBeforeTheRequest() {
        assertEquals("until", assertThrows(DomainRuleViolation.class, () -> AccountingSuspension.written(police,
                null, ASKED, null, "Sgt", null)).getField());
        assertThrows(DomainRuleViolation.class, () -> AccountingSuspension.written(police, null, ASKED,
                ASKED.minusDays(1), "Sgt", null));
    }
}
