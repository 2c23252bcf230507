package org.liaison.domain.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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
}
