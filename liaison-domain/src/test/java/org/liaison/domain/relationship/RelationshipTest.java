package org.liaison.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;

class RelationshipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Relationship startedOn(LocalDate day, int cadenceDays) {
        return new Relationship(new Facility("Riverton General", "RGH", FacilityKind.HOSPITAL, 400, null, "Riverton"),
                new Agency("Riverton PD", AgencyType.MUNICIPAL_POLICE, "City", null, null, null),
                RelationshipRole.SECONDARY, cadenceDays, day);
    }

    private static Relationship relationship() {
        return startedOn(TODAY.minusYears(1), 90);
    }

    // ---------------------------------------------------------------- cadence and role, on creation

    @Test
    void theCadenceRunsFromOneDayToTwoYears() {
        assertEquals(1, startedOn(TODAY, 1).getCadenceDays());
        assertEquals(730, startedOn(TODAY, 730).getCadenceDays());
    }

    @Test
    void aCadenceOutsideOneTo730DaysIsRefusedOnTheCadenceField() {
        for (int cadence : new int[] {0, -5, 731}) {
            DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> startedOn(TODAY, cadence));
            assertEquals("cadenceDays", refused.getField(), "cadence " + cadence);
            assertEquals("relationship.cadence.invalid", refused.getMessageKey());
        }
    }

    @Test
    void aRelationshipWithoutARoleIsRefusedOnTheRoleField() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> new Relationship(
                new Facility("Riverton General", "RGH", FacilityKind.HOSPITAL, 400, null, "Riverton"),
                new Agency("Riverton PD", AgencyType.MUNICIPAL_POLICE, "City", null, null, null), null, 90, TODAY));
        assertEquals("role", refused.getField());
    }

    @Test
    void aRelationshipNeedsItsStartDate() {
        assertThrows(NullPointerException.class, () -> startedOn(null, 90));
    }

    // ---------------------------------------------------------------- cadence and role, on change

    @Test
    void changedTermsAreKept() {
        Relationship relationship = relationship();
        relationship.changeTerms(RelationshipRole.PRIMARY, 730, RelationshipStatus.PAUSED, null, "Quarterly is enough");
        assertEquals(RelationshipRole.PRIMARY, relationship.getRole());
        assertEquals(730, relationship.getCadenceDays());
        assertEquals(RelationshipStatus.PAUSED, relationship.getStatus());
        assertEquals("Quarterly is enough", relationship.getNotes());
        relationship.changeTerms(RelationshipRole.MUTUAL_AID, 1, RelationshipStatus.ACTIVE, null, null);
        assertEquals(1, relationship.getCadenceDays());
    }

    @Test
    void changingToACadenceOutsideTheRangeIsRefusedAndChangesNothing() {
        Relationship relationship = relationship();
        for (int cadence : new int[] {0, 731}) {
            DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> relationship.changeTerms(
                    RelationshipRole.PRIMARY, cadence, RelationshipStatus.PAUSED, null, "changed"));
            assertEquals("cadenceDays", refused.getField());
        }
        assertEquals(90, relationship.getCadenceDays());
        assertEquals(RelationshipRole.SECONDARY, relationship.getRole());
        assertEquals(RelationshipStatus.ACTIVE, relationship.getStatus());
        assertNull(relationship.getNotes());
    }

    @Test
    void changingToNoRoleOrNoStatusIsRefused() {
        Relationship relationship = relationship();
        assertEquals("role", assertThrows(DomainRuleViolation.class, () -> relationship.changeTerms(null, 30,
                RelationshipStatus.ACTIVE, null, null)).getField());
        assertEquals("status", assertThrows(DomainRuleViolation.class, () -> relationship.changeTerms(
                RelationshipRole.PRIMARY, 30, null, null, null)).getField());
        assertEquals(RelationshipRole.SECONDARY, relationship.getRole());
        assertEquals(90, relationship.getCadenceDays());
    }

    // ---------------------------------------------------------------- the cadence clock

    @Test
    void aRelationshipStartedTodayIsWithinCadenceNotLapsed() {
        assertEquals(Health.WITHIN_CADENCE, startedOn(TODAY, 30).health(TODAY, null));
    }

    @Test
    void withoutEngagementsTheClockRunsFromTheStart() {
        assertEquals(Health.WITHIN_CADENCE, startedOn(TODAY.minusDays(24), 30).health(TODAY, null));
        assertEquals(Health.DUE, startedOn(TODAY.minusDays(30), 30).health(TODAY, null));
        assertEquals(Health.LAPSED, startedOn(TODAY.minusDays(31), 30).health(TODAY, null));
    }

    @Test
    void anEngagementRestartsTheClock() {
        Relationship old = startedOn(TODAY.minusYears(2), 30);
        assertEquals(Health.WITHIN_CADENCE, old.health(TODAY, TODAY.minusDays(3)));
        assertEquals(Health.LAPSED, old.health(TODAY, TODAY.minusDays(31)));
    }

    @Test
    void theClockCountsDaysFromTheLastEngagementElseFromTheStart() {
        CadenceClock neverEngaged = new CadenceClock(30, TODAY.minusDays(10), null);
        assertEquals(TODAY.minusDays(10), neverEngaged.runningSince());
        assertEquals(10, neverEngaged.daysRunning(TODAY));
        CadenceClock engaged = new CadenceClock(30, TODAY.minusDays(100), TODAY.minusDays(15));
        assertEquals(15, engaged.daysRunning(TODAY));
        assertEquals(0.5, engaged.overdueRatio(TODAY));
    }

    @Test
    void aClockThatNeverStartedIsLapsedAndRanksFirst() {
        CadenceClock unknown = new CadenceClock(30, null, null);
        assertNull(unknown.daysRunning(TODAY));
        assertEquals(Health.LAPSED, unknown.health(TODAY));
        assertEquals(Double.MAX_VALUE, unknown.overdueRatio(TODAY));
    }
}
