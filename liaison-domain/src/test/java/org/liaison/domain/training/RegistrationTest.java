package org.liaison.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.shared.DomainRuleViolation;

class RegistrationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

    private static Exercise exerciseWithCapacity(int staff, int agency) {
        Exercise exercise = ExerciseTest.tabletop();
        exercise.setCapacity(staff, agency);
        return exercise;
    }

    @Test
    void aPlaceBeyondTheSidesCapacityIsOnTheWaitlist() {
        Exercise exercise = exerciseWithCapacity(2, 1);
        UserAccount officer = new UserAccount("o1", "Owen", null);
        assertFalse(Registration.ofStaff(exercise, officer, 1, "manager", NOW).isWaitlisted());
        assertTrue(Registration.ofStaff(exercise, officer, 2, "manager", NOW).isWaitlisted());
        Contact sergeant = new Contact(ExerciseTest.agency(7L), "Ida", "Kim", "Sergeant", "Liaison");
        assertFalse(Registration.ofAgencyPerson(exercise, sergeant, 0, "partner", NOW).isWaitlisted(),
                "each side has its own capacity");
        assertTrue(Registration.ofAgencyPerson(exercise, sergeant, 1, "partner", NOW).isWaitlisted());
    }

    @Test
    void onlyPeopleOfAParticipatingAgencyRegister() {
        Exercise exercise = exerciseWithCapacity(2, 2);
        Contact outsider = new Contact(ExerciseTest.agency(99L), "Al", "Stone", "Officer", "Patrol");
        assertEquals("contactId", assertThrows(DomainRuleViolation.class,
                () -> Registration.ofAgencyPerson(exercise, outsider, 0, "manager", NOW)).getField());
    }

    @Test
    void aWaitlistedRegistrationMovesUpWhenAPlaceFreesAndAttendanceCreditsHours() {
        Exercise exercise = exerciseWithCapacity(1, 1);
        UserAccount officer = new UserAccount("o1", "Owen", null);
        Registration first = Registration.ofStaff(exercise, officer, 0, "manager", NOW);
        Registration second = Registration.ofStaff(exercise, officer, 1, "manager", NOW);
        assertThrows(DomainRuleViolation.class, second::confirm, "no place yet");
        assertThrows(DomainRuleViolation.class, second::attend);
        assertTrue(first.cancel(), "it held a place");
        second.promote();
        assertFalse(second.isWaitlisted());
        second.confirm();
        second.attend();
        assertEquals(RegistrationStatus.ATTENDED, second.getStatus());
        assertEquals(new BigDecimal("3.00"), second.getHours());
        second.noShow();
        assertNull(second.getHours(), "a correction takes the hours back");
        assertThrows(DomainRuleViolation.class, second::cancel, "an exercise already attended or missed is not cancelled");
        assertThrows(DomainRuleViolation.class, first::promote);
    }

    @Test
    void registrationClosesOnceTheExerciseIsHeldOrCancelled() {
        Exercise exercise = exerciseWithCapacity(5, 5);
        exercise.cancel("Snow storm");
        assertThrows(DomainRuleViolation.class,
                () -> Registration.ofStaff(exercise, new UserAccount("o", "O", null), 0, "o", NOW));
    }

    @Test
    void aPlaceGivenUpBecauseThePersonLeftKeepsTheReasonInTheRegistrationAndItsAuditEntry() {
        Exercise exercise = exerciseWithCapacity(1, 1);
        Contact sergeant = new Contact(ExerciseTest.agency(7L), "Ida", "Kim", "Sergeant", "Liaison");
        Registration holding = Registration.ofAgencyPerson(exercise, sergeant, 0, "partner", NOW);
        Registration waiting = Registration.ofAgencyPerson(exercise, sergeant, 1, "partner", NOW);

        assertTrue(holding.cancel("  Left Riverton PD on 2026-11-20 "), "it held a place: the next moves up");
        assertFalse(waiting.cancel("Left Riverton PD on 2026-11-20"), "a waitlisted one frees no place");

        assertEquals(RegistrationStatus.CANCELLED, holding.getStatus());
        assertEquals("Left Riverton PD on 2026-11-20", holding.getCancelReason());
        assertEquals("Left Riverton PD on 2026-11-20", holding.auditSnapshot().get("cancelReason"));
        assertFalse(waiting.isWaitlisted());
        assertThrows(DomainRuleViolation.class, () -> holding.cancel("again"), "a cancelled place is not given up twice");
    }

    @Test
    void aPlaceSomeoneGivesUpThemselvesHasNoReasonAndAnOverlongReasonIsRefusedWithNothingChanged() {
        Exercise exercise = exerciseWithCapacity(2, 2);
        UserAccount officer = new UserAccount("o1", "Owen", null);
        Registration own = Registration.ofStaff(exercise, officer, 0, "o1", NOW);
        Registration other = Registration.ofStaff(exercise, officer, 1, "manager", NOW);

        own.cancel();
        DomainRuleViolation tooLong = assertThrows(DomainRuleViolation.class, () -> other.cancel("x".repeat(501)));

        assertNull(own.getCancelReason());
        assertNull(own.auditSnapshot().get("cancelReason"));
        assertEquals("reason", tooLong.getField());
        assertEquals(RegistrationStatus.REGISTERED, other.getStatus(), "a refused cancellation changes nothing");
    }
}
