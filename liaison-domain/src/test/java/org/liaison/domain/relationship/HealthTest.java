package org.liaison.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;

class HealthTest {

    @Test
    void exactlyAtEightyPercentOfTheCadenceIsStillWithinCadence() {
        assertEquals(Health.WITHIN_CADENCE, Health.of(30, 24));
        assertEquals(Health.WITHIN_CADENCE, Health.of(90, 72));
    }

    @Test
    void pastEightyPercentIsDue() {
        assertEquals(Health.DUE, Health.of(30, 25));
        assertEquals(Health.DUE, Health.of(90, 73));
    }

    @Test
    void onTheCadenceDayItIsDueNotYetLapsed() {
        assertEquals(Health.DUE, Health.of(30, 30));
    }

    @Test
    void oneDayPastTheCadenceIsLapsed() {
        assertEquals(Health.LAPSED, Health.of(30, 31));
    }

    @Test
    void neverEngagedIsLapsed() {
        assertEquals(Health.LAPSED, Health.of(30, null));
    }

    @Test
    void anEngagementTodayIsWithinCadence() {
        assertEquals(Health.WITHIN_CADENCE, Health.of(1, 0));
    }

    @Test
    void aRelationshipDerivesItsHealthFromItsLastEngagement() {
        Relationship relationship = new Relationship(new Facility("Riverton General", "RGH", FacilityKind.HOSPITAL,
                400, null, "Riverton"), new Agency("Riverton PD", AgencyType.MUNICIPAL_POLICE, "City", null, null,
                null), RelationshipRole.PRIMARY, 30, LocalDate.of(2020, 1, 1));
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertEquals(Health.WITHIN_CADENCE, relationship.health(today, today.minusDays(24)));
        assertEquals(Health.DUE, relationship.health(today, today.minusDays(30)));
        assertEquals(Health.LAPSED, relationship.health(today, today.minusDays(31)));
    }

    @Test
    void lapsedIsTheWorst() {
        assertEquals(2, Health.LAPSED.severity());
        assertEquals(1, Health.DUE.severity());
        assertEquals(0, Health.WITHIN_CADENCE.severity());
    }
}
