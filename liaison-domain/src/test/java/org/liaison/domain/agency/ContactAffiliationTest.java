package org.liaison.domain.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liaison.domain.shared.DomainRuleViolation;

class ContactAffiliationTest {

    private final Agency police = agency(1L, "Riverton PD");
    private final Agency sheriff = agency(2L, "Harlan County Sheriff");

    private static Agency agency(Long id, String name) {
        Agency agency = new Agency(name, AgencyType.MUNICIPAL_POLICE, "Riverton", null, null, null);
        agency.setId(id);
        return agency;
    }

    @Test
    void movingToAnotherAgencyKeepsTheOldAffiliationWithItsDates() {
        Contact contact = new Contact(police, "Maria", "Lopez", "Sergeant", "Patrol");
        contact.startAffiliation(LocalDate.of(2020, 3, 1));
        assertTrue(contact.moveTo(sheriff, "Court Services", "Lieutenant", LocalDate.of(2026, 6, 1)));

        assertEquals(sheriff, contact.getAgency());
        assertEquals(2, contact.getAffiliations().size());
        ContactAffiliation old = contact.getAffiliations().get(0);
        assertEquals(police, old.getAgency());
        assertEquals("Patrol", old.getUnit());
        assertEquals(LocalDate.of(2026, 6, 1), old.getEndedOn());
        ContactAffiliation current = contact.getAffiliations().get(1);
        assertTrue(current.isCurrent());
        assertEquals("Lieutenant", current.getRank());
        assertNull(current.getEndedOn());
    }

    @Test
    void savingWithoutAnyChangeOfAgencyUnitOrRankAddsNoHistory() {
        Contact contact = new Contact(police, "Maria", "Lopez", "Sergeant", "Patrol");
        contact.startAffiliation(LocalDate.of(2020, 3, 1));
        assertFalse(contact.moveTo(police, "Patrol", "Sergeant", LocalDate.of(2026, 6, 1)));
        assertEquals(1, contact.getAffiliations().size());
    }

    @Test
    void leavingEndsTheAffiliationAndKeepsItOnRecord() {
        Contact contact = new Contact(police, "Maria", "Lopez", "Sergeant", "Patrol");
        contact.startAffiliation(LocalDate.of(2020, 3, 1));

        contact.leave(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 27));

        assertTrue(contact.hasLeft());
        assertEquals(LocalDate.of(2026, 10, 31), contact.getLeftOn());
        assertEquals(1, contact.getAffiliations().size());
        assertEquals(LocalDate.of(2026, 10, 31), contact.getAffiliations().get(0).getEndedOn());
        assertEquals(police, contact.getAgency());
    }

    @Test
    void theDayTheyLeftIsNeitherInTheFutureNorBeforeTheyStartedNorTwice() {
        Contact contact = new Contact(police, "Maria", "Lopez", "Sergeant", "Patrol");
        contact.startAffiliation(LocalDate.of(2020, 3, 1));
        LocalDate today = LocalDate.of(2026, 11, 27);

        assertEquals("leftOn", assertThrows(DomainRuleViolation.class,
                () -> contact.leave(today.plusDays(1), today)).getField());
        assertEquals("leftOn", assertThrows(DomainRuleViolation.class,
                () -> contact.leave(LocalDate.of(2020, 2, 29), today)).getField());
        assertFalse(contact.hasLeft());

        contact.leave(today, today);
        DomainRuleViolation twice = assertThrows(DomainRuleViolation.class, () -> contact.leave(today, today));
        assertNull(twice.getField());
        assertEquals("contact.alreadyLeft", twice.getMessageKey());
    }

    @Test
    void someoneWhoLeftIsRefusedForSomethingNewUntilTheyServeSomewhereAgain() {
        Contact contact = new Contact(police, "Maria", "Lopez", "Sergeant", "Patrol");
        contact.startAffiliation(LocalDate.of(2020, 3, 1));
        contact.requireServing("primaryContactId");
        contact.leave(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 27));

        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> contact.requireServing("primaryContactId"));
        assertEquals("primaryContactId", refused.getField());
        assertTrue(refused.getMessage().contains("left Riverton PD on 2026-10-31"), refused.getMessage());

        assertTrue(contact.moveTo(sheriff, "Court Services", "Sergeant", LocalDate.of(2026, 11, 20)));
        assertFalse(contact.hasLeft());
        contact.requireServing("primaryContactId");
        assertEquals(2, contact.getAffiliations().size());
        assertTrue(contact.getAffiliations().get(1).isCurrent());
    }

    @Test
    void correctingTheRankOfSomeoneWhoLeftKeepsThemGoneAndFixesTheirLastAffiliation() {
        Contact contact = new Contact(police, "Maria", "Lopez", "Sergeant", "Patrol");
        contact.startAffiliation(LocalDate.of(2020, 3, 1));
        contact.leave(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 27));

        assertFalse(contact.moveTo(police, "Patrol", "Lieutenant", LocalDate.of(2026, 11, 27)));

        assertTrue(contact.hasLeft());
        assertEquals("Lieutenant", contact.getRank());
        assertEquals(1, contact.getAffiliations().size());
        ContactAffiliation last = contact.getAffiliations().get(0);
        assertEquals("Lieutenant", last.getRank());
        assertEquals(LocalDate.of(2026, 10, 31), last.getEndedOn());
    }

    @Test
    void aDepartureRecordedByMistakeIsUndoneAndTheAffiliationRunsOn() {
        Contact contact = new Contact(police, "Maria", "Lopez", "Sergeant", "Patrol");
        contact.startAffiliation(LocalDate.of(2020, 3, 1));
        contact.leave(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 27));

        contact.undoLeaving();

        assertFalse(contact.hasLeft());
        assertEquals(1, contact.getAffiliations().size());
        assertTrue(contact.getAffiliations().get(0).isCurrent());
        assertEquals("contact.notLeft", assertThrows(DomainRuleViolation.class, contact::undoLeaving).getMessageKey());
    }

    @Test
    void theirDepartureReadsAsTheReasonForWhatItEndsAndOnlyOnceTheyLeft() {
        Contact contact = new Contact(police, "Maria", "Lopez", "Sergeant", "Patrol");
        contact.startAffiliation(LocalDate.of(2020, 3, 1));
        assertEquals("contact.notLeft", assertThrows(DomainRuleViolation.class, contact::departureNote).getMessageKey());

        contact.leave(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 27));

        assertEquals("Left Riverton PD on 2026-10-31", contact.departureNote());
    }
}
