package org.liaison.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;

class ExerciseTest {

    static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 3, 9, 0);

    static Agency agency(long id) {
        Agency agency = new Agency("Riverton Police Department " + id, AgencyType.MUNICIPAL_POLICE, "City", null, null,
                null);
        agency.setId(id);
        return agency;
    }

    static Exercise tabletop() {
        Facility facility = new Facility("Riverton General Hospital", "RGH", FacilityKind.HOSPITAL, 420, null, null);
        facility.setId(1L);
        Exercise exercise = new Exercise("Active assailant tabletop", HseepType.TABLETOP, Scenario.ACTIVE_ASSAILANT,
                facility, "Training Room B", TimeWindow.of(NINE, 180));
        Map<Agency, Contact> agencies = new LinkedHashMap<>();
        agencies.put(agency(7L), null);
        exercise.assignAgencies(agencies);
        return exercise;
    }

    @Test
    void theTypeDecidesWhetherItIsDiscussionOrOperationsBased() {
        assertEquals(ExerciseCategory.DISCUSSION_BASED, HseepType.TABLETOP.category());
        assertEquals(ExerciseCategory.DISCUSSION_BASED, HseepType.SEMINAR.category());
        assertEquals(ExerciseCategory.OPERATIONS_BASED, HseepType.DRILL.category());
        assertEquals(ExerciseCategory.OPERATIONS_BASED, HseepType.FULL_SCALE.category());
        assertEquals(ExerciseCategory.DISCUSSION_BASED, tabletop().getCategory());
    }

    @Test
    void anExerciseGoesFromProposedToClosed() {
        Exercise exercise = tabletop();
        assertEquals(ExerciseStatus.PROPOSED, exercise.getStatus());
        exercise.startPlanning();
        exercise.schedule();
        exercise.conduct(NINE.toLocalDate());
        assertEquals(ExerciseStatus.CONDUCTED, exercise.getStatus());
        assertEquals(NINE.toLocalDate(), exercise.getAfterActionOpenedOn(), "conducting opens the after-action review");
        exercise.startAfterAction();
        exercise.close();
        assertEquals(ExerciseStatus.CLOSED, exercise.getStatus());
    }

    @Test
    void aProposedExerciseCanBeScheduledWithoutAPlanningPhase() {
        Exercise exercise = tabletop();
        exercise.schedule();
        assertEquals(ExerciseStatus.SCHEDULED, exercise.getStatus());
    }

    @Test
    void illegalMovesAreRefused() {
        Exercise proposed = tabletop();
        assertThrows(DomainRuleViolation.class, () -> proposed.conduct(NINE.toLocalDate()));
        assertThrows(DomainRuleViolation.class, proposed::close);
        assertThrows(DomainRuleViolation.class, proposed::startAfterAction);
        proposed.startPlanning();
        assertThrows(DomainRuleViolation.class, proposed::startPlanning);
        proposed.schedule();
        assertThrows(DomainRuleViolation.class, proposed::schedule);
        proposed.conduct(NINE.toLocalDate());
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> proposed.cancel("rain"));
        assertTrue(refused.getMessage().contains("conducted"), refused.getMessage());
        assertNull(refused.getField(), "a refused move, not a field error");
        assertThrows(DomainRuleViolation.class, proposed::close);
    }

    @Test
    void anExerciseIsNotConductedBeforeItsDay() {
        Exercise exercise = tabletop();
        exercise.schedule();
        assertThrows(DomainRuleViolation.class, () -> exercise.conduct(NINE.toLocalDate().minusDays(1)));
        assertEquals(ExerciseStatus.SCHEDULED, exercise.getStatus());
    }

    @Test
    void schedulingNeedsAParticipatingAgency() {
        Exercise exercise = tabletop();
        exercise.assignAgencies(Map.of());
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, exercise::schedule);
        assertEquals("agencies", refused.getField());
    }

    @Test
    void cancellingNeedsAReasonAndEndsTheLifecycle() {
        Exercise exercise = tabletop();
        DomainRuleViolation noReason = assertThrows(DomainRuleViolation.class, () -> exercise.cancel(" "));
        assertEquals("reason", noReason.getField());
        exercise.cancel("City festival moved to that weekend");
        assertEquals(ExerciseStatus.CANCELLED, exercise.getStatus());
        assertEquals("City festival moved to that weekend", exercise.getCancelReason());
        assertThrows(DomainRuleViolation.class, exercise::schedule);
        assertThrows(DomainRuleViolation.class, () -> exercise.cancel("again"));
        assertFalse(exercise.isOpenForRegistration());
    }

    @Test
    void aHeldExerciseCannotMove() {
        Exercise exercise = tabletop();
        exercise.schedule();
        exercise.conduct(NINE.toLocalDate());
        assertThrows(DomainRuleViolation.class, () -> exercise.moveTo("Lobby", TimeWindow.of(NINE.plusDays(1), 60)));
    }

    @Test
    void thePointOfContactWorksAtTheirAgency() {
        Exercise exercise = tabletop();
        Agency police = agency(7L);
        Contact elsewhere = new Contact(agency(8L), "Ida", "Kim", "Sergeant", "Liaison");
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> exercise.assignAgencies(Map.of(police, elsewhere)));
        assertEquals("agencies", refused.getField());
        Contact own = new Contact(police, "Ida", "Kim", "Sergeant", "Liaison");
        exercise.assignAgencies(Map.of(police, own));
        assertEquals(own, exercise.getAgencies().get(0).getPointOfContact());
    }

    @Test
    void reassigningAnAgencyKeepsItsRowAndChangesItsPointOfContact() {
        Exercise exercise = tabletop();
        Agency police = exercise.getAgencies().get(0).getAgency();
        ExerciseAgency row = exercise.getAgencies().get(0);
        Contact sergeant = new Contact(police, "Ida", "Kim", "Sergeant", "Liaison");
        exercise.assignAgencies(Map.of(police, sergeant));
        assertEquals(1, exercise.getAgencies().size());
        assertTrue(row == exercise.getAgencies().get(0), "the same row, not a new one");
        assertEquals(sergeant, row.getPointOfContact());
    }

    @Test
    void planningMeetingsComeBeforeTheExercise() {
        Exercise exercise = tabletop();
        Map<MilestoneKind, LocalDate> dates = new EnumMap<>(MilestoneKind.class);
        dates.put(MilestoneKind.FINAL_PLANNING, NINE.toLocalDate());
        assertThrows(DomainRuleViolation.class, () -> exercise.planMilestones(dates));
        dates.put(MilestoneKind.FINAL_PLANNING, NINE.toLocalDate().minusDays(7));
        dates.put(MilestoneKind.CONCEPT_AND_OBJECTIVES, NINE.toLocalDate().minusDays(90));
        exercise.planMilestones(dates);
        assertEquals(MilestoneKind.CONCEPT_AND_OBJECTIVES, exercise.getMilestones().get(0).getKind());
        assertEquals(2, exercise.getMilestones().size());
    }

    @Test
    void capacityStaysWithinBoundsOnTheSideAtFault() {
        Exercise exercise = tabletop();
        assertEquals("staffCapacity", assertThrows(DomainRuleViolation.class,
                () -> exercise.setCapacity(-1, 5)).getField());
        assertEquals("agencyCapacity", assertThrows(DomainRuleViolation.class,
                () -> exercise.setCapacity(5, Exercise.MAX_CAPACITY + 1)).getField());
        exercise.setCapacity(12, 0);
        assertEquals(12, exercise.capacity(Side.STAFF));
        assertEquals(0, exercise.capacity(Side.AGENCY));
    }

    @Test
    void anOverrideIsKeptWithWhoAndWhy() {
        Exercise exercise = tabletop();
        assertEquals("overrideReason", assertThrows(DomainRuleViolation.class,
                () -> exercise.overrideConflicts("", "manager", NINE)).getField());
        exercise.overrideConflicts("Room shared on purpose with the ED drill", "manager", NINE);
        assertEquals("manager", exercise.getOverriddenBy());
        assertEquals("Room shared on purpose with the ED drill", exercise.getOverrideReason());
    }

    @Test
    void aLocationIsComparedWithoutCaseOrExtraSpaces() {
        assertEquals(Exercise.locationKey("training room b"), Exercise.locationKey("  Training   Room B "));
    }
}
