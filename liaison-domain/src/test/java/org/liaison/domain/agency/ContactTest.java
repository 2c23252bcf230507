package org.liaison.domain.agency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final Contact contact = new Contact(null, "Maria", "Lopez", "Sergeant", "Hospital Liaison");

    @Test
    void aContactNeverVerifiedIsDue() {
        assertTrue(contact.isVerificationDue(TODAY));
    }

    @Test
    void aContactVerifiedExactly180DaysAgoIsNotYetDue() {
        contact.verify(TODAY.minusDays(180));

        assertFalse(contact.isVerificationDue(TODAY));
    }

    @Test
    void aContactVerified181DaysAgoIsDue() {
        contact.verify(TODAY.minusDays(181));

        assertTrue(contact.isVerificationDue(TODAY));
    }

    @Test
    void aContactVerifiedTodayIsNotDue() {
        contact.verify(TODAY);

        assertFalse(contact.isVerificationDue(TODAY));
    }

    @Test
    void someoneWhoLeftIsNeverDueForVerification() {
        contact.startAffiliation(TODAY.minusYears(3));
        contact.leave(TODAY.minusDays(10), TODAY);

        assertFalse(contact.isVerificationDue(TODAY));
    }
}
