package org.liaison.domain.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;

class MeetingTest {

    static final LocalDateTime START = LocalDateTime.of(2026, 3, 10, 10, 0);
    static final Facility HOSPITAL = new Facility("Riverton General Hospital", "RGH", FacilityKind.HOSPITAL, 420,
            null, "Riverton");
    static final Agency POLICE = agency(1L, "Riverton Police Department");
    static final Agency SHERIFF = agency(2L, "Harlan County Sheriff");

    static Agency agency(Long id, String name) {
        Agency agency = new Agency(name, AgencyType.MUNICIPAL_POLICE, "City", null, null, null);
        agency.setId(id);
        return agency;
    }

    static Meeting planned() {
        Meeting meeting = new Meeting(HOSPITAL, "Monthly liaison meeting", START, START.plusHours(1), "Board room");
        meeting.assignAgencies(List.of(POLICE, SHERIFF));
        return meeting;
    }

    static Meeting held() {
        Meeting meeting = planned();
        meeting.markHeld(List.of(), START.plusHours(2));
        return meeting;
    }

    @Test
    void aMeetingGoesFromPlannedThroughHeldAndApprovedMinutesToClosed() {
        Meeting meeting = held();
        assertEquals(MeetingStatus.HELD, meeting.getStatus());
        meeting.writeMinutes(Tlp.AMBER, "<p>Agreed a joint drill in May.</p>", "<p>Discussed ED violence.</p>");
        meeting.approveMinutes("manager", START.plusDays(2));
        assertEquals(MeetingStatus.MINUTES_APPROVED, meeting.getStatus());
        assertEquals("manager", meeting.getMinutesApprovedBy());
        meeting.close(START.plusDays(3));
        assertEquals(MeetingStatus.CLOSED, meeting.getStatus());
    }

    @Test
    void movesOutOfOrderAreRefused() {
        assertThrows(DomainRuleViolation.class, () -> planned().approveMinutes("m", START), "approve before held");
        assertThrows(DomainRuleViolation.class, () -> planned().close(START), "close a planned meeting");
        assertThrows(DomainRuleViolation.class, () -> planned().writeMinutes(Tlp.GREEN, "x", "y"),
                "minutes of a meeting that did not take place");
        assertThrows(DomainRuleViolation.class, () -> held().close(START), "close before the minutes are approved");
        assertThrows(DomainRuleViolation.class, () -> held().approveMinutes("m", START), "approve without minutes");
        assertThrows(DomainRuleViolation.class, () -> held().cancel("late"), "cancel a held meeting");
        Meeting held = held();
        assertThrows(DomainRuleViolation.class, () -> held.markHeld(List.of(), START.plusHours(3)), "held twice");
        assertThrows(DomainRuleViolation.class, () -> held.reschedule(START.plusDays(1), START.plusDays(1).plusHours(1)));
    }

    @Test
    void approvedMinutesCannotBeRewritten() {
        Meeting meeting = held();
        meeting.writeMinutes(Tlp.GREEN, "<p>Decided</p>", null);
        meeting.approveMinutes("director", START.plusDays(1));
        assertThrows(DomainRuleViolation.class, () -> meeting.writeMinutes(Tlp.GREEN, "changed", null));
    }

    @Test
    void aMeetingIsNotHeldBeforeItStarts() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> planned().markHeld(List.of(), START.minusMinutes(1)));
        assertTrue(refused.getMessage().contains("not before it starts"), refused.getMessage());
        planned().markHeld(List.of(), START); // at its start is fine
    }

    @Test
    void cancellingNeedsAReasonAndOnlyAPlannedMeetingCanBeCancelled() {
        DomainRuleViolation noReason = assertThrows(DomainRuleViolation.class, () -> planned().cancel("  "));
        assertEquals("reason", noReason.getField());
        Meeting meeting = planned();
        meeting.cancel("Chief called away to a major incident");
        assertEquals(MeetingStatus.CANCELLED, meeting.getStatus());
        assertEquals("Chief called away to a major incident", meeting.getCancelReason());
        assertThrows(DomainRuleViolation.class, () -> meeting.cancel("again"));
        assertThrows(DomainRuleViolation.class, () -> meeting.markHeld(List.of(), START.plusHours(1)));
    }

    @Test
    void aMeetingEndsAfterItStartsAndHasAnAgency() {
        DomainRuleViolation backwards = assertThrows(DomainRuleViolation.class,
                () -> new Meeting(HOSPITAL, "x", START, START, null));
        assertEquals("endsAt", backwards.getField());
        DomainRuleViolation none = assertThrows(DomainRuleViolation.class, () -> planned().assignAgencies(List.of()));
        assertEquals("agencyIds", none.getField());
    }

    @Test
    void theAgenciesPresentAreThoseWithSomeonePresentOrAllWhenNoAgencyPersonIsOnRecord() {
        assertEquals(Set.of(POLICE, SHERIFF), held().agenciesPresent());

        Meeting meeting = planned();
        Contact officer = new Contact(POLICE, "Maria", "Lopez", "Sergeant", "Hospital Liaison");
        officer.setId(11L);
        Contact deputy = new Contact(SHERIFF, "James", "Carter", "Deputy", "Patrol");
        deputy.setId(12L);
        MeetingAttendee sergeant = meeting.invite(officer);
        meeting.invite(deputy);
        assertEquals(Set.of(POLICE), meeting.markHeld(List.of(sergeant), START.plusHours(1)));
        assertTrue(sergeant.isPresent());
    }

    @Test
    void onlyPeopleOfTheMeetingsAgenciesAttendForAnAgency() {
        Agency other = agency(3L, "State Police");
        Contact trooper = new Contact(other, "Wei", "Chen", "Trooper", "Patrol");
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> planned().invite(trooper));
        assertEquals("attendeeContactIds", refused.getField());
    }

    @Test
    void minutesAreSanitisedNoScriptSurvives() {
        Meeting meeting = held();
        meeting.writeMinutes(Tlp.GREEN, "<p onclick=\"steal()\">Agreed</p><script>alert(1)</script>",
                "<a href=\"javascript:alert(1)\">link</a><b>bold</b>");
        assertFalse(meeting.getDecisions().contains("script"), meeting.getDecisions());
        assertFalse(meeting.getDecisions().contains("onclick"), meeting.getDecisions());
        assertFalse(meeting.getDiscussion().contains("javascript"), meeting.getDiscussion());
        assertTrue(meeting.getDecisions().contains("Agreed"));
        assertTrue(meeting.getDiscussion().contains("<b>bold</b>"));
    }

    @Test
    void minutesNeedALabel() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> held().writeMinutes(null, "x", null));
        assertEquals("tlp", refused.getField());
    }

    /** The reader relation each TLP label is judged on (what Tlp.admits then decides is TlpTest's). */
    @Test
    void theMinutesReaderIsNamedAsAStaffAttendeeOursAsStaffOfTheFacilityARecipientAsAPartnerOfAnAgencyPresent() {
        Meeting meeting = planned();
        UserAccount manager = new UserAccount("manager", "Morgan Manager", null);
        manager.setId(7L);
        meeting.invite(manager);

        assertEquals(new org.liaison.domain.shared.Tlp.Reader(true, true, false), meeting.readerOf(7L, true, null));
        assertEquals(new Tlp.Reader(false, true, false), meeting.readerOf(8L, true, null));
        assertEquals(new Tlp.Reader(false, false, true), meeting.readerOf(9L, false, POLICE.getId()));
        assertEquals(new Tlp.Reader(false, false, false), meeting.readerOf(9L, false, 99L));

        meeting.label(Tlp.RED);
        assertTrue(meeting.getTlp().admits(meeting.readerOf(7L, true, null)), "a named attendee reads RED");
        assertFalse(meeting.getTlp().admits(meeting.readerOf(8L, true, null)), "other staff do not");
        assertFalse(meeting.getTlp().admits(meeting.readerOf(9L, false, POLICE.getId())), "nor partners");
    }

    @Test
    void minutesAreOverdueForApprovalSevenDaysAfterTheMeetingAndTheManagerIsRemindedOnce() {
        Meeting meeting = held();
        LocalDate day = START.toLocalDate();
        assertFalse(meeting.isMinutesApprovalOverdue(day.plusDays(6)));
        assertTrue(meeting.isMinutesApprovalOverdue(day.plusDays(7)));
        assertTrue(meeting.remindAboutMinutes());
        assertFalse(meeting.remindAboutMinutes(), "only once");
        meeting.writeMinutes(Tlp.GREEN, "<p>ok</p>", null);
        meeting.approveMinutes("manager", START.plusDays(8));
        assertFalse(meeting.isMinutesApprovalOverdue(day.plusDays(30)));
    }
}
