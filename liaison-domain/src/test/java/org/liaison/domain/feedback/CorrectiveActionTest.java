package org.liaison.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;

class CorrectiveActionTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 5, 1);

    private static CorrectiveAction planned() {
        Facility hospital = new Facility("Riverton General", "RGH", FacilityKind.HOSPITAL, 400, null, null);
        Review review = Review.ofExercise(1L, hospital, List.of(), START, "Drill", START.atStartOfDay());
        review.startDraft();
        CorrectiveAction action = new CorrectiveAction("Doors stayed unlocked", "Add lockdown to the door schedule",
                PoeteElement.PLANNING, "Facilities engineering", START, DUE);
        action.planIn(review, null);
        return action;
    }

    @Test
    void movingTheDueDateKeepsTheOriginalAndNeedsAReason() {
        CorrectiveAction action = planned();
        DomainRuleViolation noReason = assertThrows(DomainRuleViolation.class,
                () -> action.moveDue(DUE.plusDays(30), " "));
        assertEquals("reason", noReason.getField());
        action.moveDue(DUE.plusDays(30), "Vendor delivers the locks in June");
        action.moveDue(DUE.plusDays(45), "Installation crew rescheduled");
        assertAll(() -> assertEquals(DUE.plusDays(45), action.getDueOn()),
                () -> assertEquals(DUE, action.getOriginalDueOn()),
                () -> assertEquals("Installation crew rescheduled", action.getDueMoveReason()),
                () -> assertTrue(action.isDueMoved()));
        assertEquals("dueOn", assertThrows(DomainRuleViolation.class,
                () -> action.moveDue(START.minusDays(1), "earlier")).getField(), "not before the start");
        assertThrows(DomainRuleViolation.class, () -> action.setDueOn(DUE), "no setter around the move");
    }

    @Test
    void overdueIsDerivedFromTheCurrentDueDateWhileTheActionIsOpen() {
        CorrectiveAction action = planned();
        assertAll(() -> assertFalse(action.isOverdue(DUE), "due today is not overdue"),
                () -> assertTrue(action.isOverdue(DUE.plusDays(1))));
        action.moveDue(DUE.plusDays(10), "Waiting for parts");
        assertFalse(action.isOverdue(DUE.plusDays(1)));
        action.accept();
        action.complete(DUE.plusDays(12));
        assertAll(() -> assertFalse(action.isOverdue(DUE.plusDays(20)), "done is never overdue"),
                () -> assertFalse(action.isDoneByOriginalDue(), "done after the original due date"));
    }

    @Test
    void doneByTheOriginalDueDateCountsEvenAfterAMove() {
        CorrectiveAction action = planned();
        action.moveDue(DUE.plusDays(10), "Waiting for parts");
        action.accept();
        action.start();
        action.complete(DUE);
        action.verify("manager", DUE.plusDays(2));
        assertAll(() -> assertTrue(action.isDoneByOriginalDue()), () -> assertTrue(action.isSettled()),
                () -> assertEquals(ActionStatus.VERIFIED, action.getStatus()));
    }

    @Test
    void theLifecycleRefusesSkippedAndBackwardMoves() {
        CorrectiveAction action = planned();
        assertAll(
                () -> assertThrows(DomainRuleViolation.class, action::start, "accept first"),
                () -> assertThrows(DomainRuleViolation.class, () -> action.verify("m", DUE), "complete first"),
                () -> assertThrows(DomainRuleViolation.class, () -> action.reject(""), "a reason"));
        action.accept();
        action.complete(DUE);
        assertAll(
                () -> assertThrows(DomainRuleViolation.class, action::accept),
                () -> assertThrows(DomainRuleViolation.class, () -> action.defer("later"), "done is not deferred"),
                () -> assertThrows(DomainRuleViolation.class, () -> action.reject("no"), "done is not rejected"),
                () -> assertThrows(DomainRuleViolation.class, () -> action.moveDue(DUE.plusDays(1), "late")));
        assertEquals(ActionStatus.COMPLETED, action.getStatus());
        CorrectiveAction rejected = planned();
        rejected.reject("Duplicates the action of the March review");
        assertAll(() -> assertEquals("Duplicates the action of the March review", rejected.getStatusReason()),
                () -> assertTrue(rejected.isSettled()));
    }

    @Test
    void theDueDateCannotComeBeforeTheStart() {
        Facility hospital = new Facility("Riverton General", "RGH", FacilityKind.HOSPITAL, 400, null, null);
        Review review = Review.ofExercise(1L, hospital, List.of(), START, "Drill", START.atStartOfDay());
        review.startDraft();
        CorrectiveAction action = new CorrectiveAction("i", "a", PoeteElement.TRAINING, "Security", DUE, START);
        assertEquals("dueOn", assertThrows(DomainRuleViolation.class, () -> action.planIn(review, null)).getField());
    }

    @Test
    void theOwnerIsRemindedSevenDaysAheadAndThenWeeklyWhileOverdueNeverTwiceADay() {
        CorrectiveAction action = planned();
        assertFalse(action.remindOn(DUE.minusDays(8)), "not yet within a week of the due date");
        assertTrue(action.remindOn(DUE.minusDays(7)));
        assertFalse(action.remindOn(DUE.minusDays(7)), "a second run the same day reminds nobody");
        assertFalse(action.remindOn(DUE.minusDays(1)));
        assertTrue(action.remindOn(DUE), "a week later, due today");
        assertTrue(action.remindOn(DUE.plusDays(7)), "overdue: weekly");
        action.accept();
        action.complete(DUE.plusDays(8));
        assertFalse(action.remindOn(DUE.plusDays(20)), "done: no more reminders");
    }
}
