package org.liaison.domain.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;

class EngagementTest {

    private final Facility hospital = new Facility("Riverton General", "RGH", FacilityKind.HOSPITAL, 400, null,
            "Riverton");
    private final Agency police = new Agency("Riverton PD", AgencyType.MUNICIPAL_POLICE, "City", null, null, null);
    private final Agency sheriff = new Agency("County Sheriff", AgencyType.SHERIFF, "County", null, null, null);

    private Engagement call() {
        return new Engagement(hospital, police, EngagementKind.CALL, LocalDate.of(2026, 11, 27), "Check-in");
    }

    @Test
    void someoneWhoWorksAtTheAgencyTakesPart() {
        Engagement engagement = call();
        Contact officer = new Contact(police, "Ana", "Reyes", "Sergeant", "Patrol");
        engagement.addParticipant(officer);
        assertEquals(Set.of(officer), engagement.getContacts());
    }

    @Test
    void anotherAgencysContactIsRefusedOnTheContactsField() {
        Engagement engagement = call();
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> engagement.addParticipant(new Contact(sheriff, "Ben", "Cole", "Deputy", "Courts")));
        assertEquals("contactIds", refused.getField());
        assertEquals("engagement.contact.otherAgency", refused.getMessageKey());
        assertTrue(engagement.getContacts().isEmpty());
    }

    @Test
    void noOneIsNotAParticipant() {
        assertEquals("contactIds", assertThrows(DomainRuleViolation.class, () -> call().addParticipant(null))
                .getField());
    }

    @Test
    void anEngagementWithoutAnAgencyTakesNoParticipants() {
        Engagement engagement = new Engagement(hospital, null, EngagementKind.CALL, LocalDate.of(2026, 11, 27), "x");
        assertThrows(DomainRuleViolation.class,
                () -> engagement.addParticipant(new Contact(police, "Ana", "Reyes", null, null)));
    }

    @Test
    void participantsJoinOnlyThroughTheEngagement() {
        Engagement engagement = call();
        assertThrows(UnsupportedOperationException.class,
                () -> engagement.getContacts().add(new Contact(sheriff, "Ben", "Cole", null, null)));
    }

    @Test
    void anEngagementWithParticipantsCannotMoveToAnotherAgency() {
        Engagement engagement = call();
        engagement.addParticipant(new Contact(police, "Ana", "Reyes", null, null));
        assertEquals("agencyId", assertThrows(DomainRuleViolation.class, () -> engagement.setAgency(sheriff))
                .getField());
        assertEquals(police, engagement.getAgency());
        engagement.setAgency(police);
    }
}
