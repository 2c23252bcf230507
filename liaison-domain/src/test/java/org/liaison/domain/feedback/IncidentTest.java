package org.liaison.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;

class IncidentTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 2, 14, 23, 40);

    private static Incident incident() {
        return new Incident(new Facility("Riverton General", "RGH", FacilityKind.HOSPITAL, 400, null, null),
                new Agency("Riverton PD", AgencyType.MUNICIPAL_POLICE, "City", null, null, null), "Lobby", AT,
                IncidentCategory.WEAPON, "Visitor showed a knife");
    }

    @Test
    void responseAndOnSceneTimesAreDerivedFromThePoliceTimes() {
        Incident incident = incident();
        incident.recordPoliceTimes(AT.plusMinutes(2), AT.plusMinutes(11).plusSeconds(30), AT.plusMinutes(95));
        assertAll(() -> assertEquals(9L, incident.getResponseMinutes()),
                () -> assertEquals(83L, incident.getOnSceneMinutes()));
    }

    @Test
    void timesStillUnknownGiveNoDurationYet() {
        Incident incident = incident();
        incident.recordPoliceTimes(AT.plusMinutes(2), null, null);
        assertAll(() -> assertNull(incident.getResponseMinutes()), () -> assertNull(incident.getOnSceneMinutes()));
    }

    @Test
    void policeTimesMustBeInOrder() {
        Incident incident = incident();
        assertAll(
                () -> assertEquals("policeArrivedAt", assertThrows(DomainRuleViolation.class,
                        () -> incident.recordPoliceTimes(AT.plusMinutes(5), AT.plusMinutes(4), null)).getField()),
                () -> assertEquals("policeClearedAt", assertThrows(DomainRuleViolation.class,
                        () -> incident.recordPoliceTimes(AT, AT.plusMinutes(4), AT.plusMinutes(3))).getField()),
                () -> assertEquals("policeRequestedAt", assertThrows(DomainRuleViolation.class,
                        () -> incident.recordPoliceTimes(null, AT.plusMinutes(4), null)).getField()));
    }

    @Test
    void aManagerWaivesTheReviewOnlyWithAReasonAndOnlyOnce() {
        Incident incident = incident();
        assertEquals("reason", assertThrows(DomainRuleViolation.class,
                () -> incident.waiveReview(" ", "manager", false)).getField());
        assertThrows(DomainRuleViolation.class, () -> incident.waiveReview("why", "manager", true),
                "an incident that has its review cannot be waived");
        incident.waiveReview("Police escorted a prisoner-patient; nothing happened", "manager", false);
        assertTrue(incident.isReviewWaived());
        assertThrows(DomainRuleViolation.class, () -> incident.waiveReview("again", "manager", false));
    }
}
