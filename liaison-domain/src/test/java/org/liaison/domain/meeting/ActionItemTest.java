package org.liaison.domain.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.shared.DomainRuleViolation;

class ActionItemTest {

    private static final LocalDate DUE = LocalDate.of(2026, 5, 15);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 1, 9, 0);

    private static ActionItem item() {
        ActionItem item = new ActionItem(MeetingTest.HOSPITAL, null, "Share the ED floor plan", DUE);
        item.assignTo(new UserAccount("officer", "Owen Officer", null), null);
        return item;
    }

    @Test
    void anItemGoesFromOpenThroughInProgressAndDoneToVerified() {
        ActionItem item = item();
        item.start();
        assertEquals(ActionItemStatus.IN_PROGRESS, item.getStatus());
        item.complete(NOW);
        assertEquals(ActionItemStatus.DONE, item.getStatus());
        item.verify("manager", NOW.plusDays(1));
        assertEquals(ActionItemStatus.VERIFIED, item.getStatus());
        assertEquals("manager", item.getVerifiedBy());
    }

    @Test
    void movesOutOfOrderAreRefused() {
        assertThrows(DomainRuleViolation.class, () -> item().verify("m", NOW), "verify an open item");
        ActionItem done = item();
        done.complete(NOW);
        assertThrows(DomainRuleViolation.class, done::start, "start a done item");
        assertThrows(DomainRuleViolation.class, () -> done.complete(NOW), "complete twice");
        assertThrows(DomainRuleViolation.class, () -> done.moveDue(DUE.plusDays(5), "m", "late", NOW));
        done.verify("m", NOW);
        assertThrows(DomainRuleViolation.class, done::reopen, "reopen a verified item");
        ActionItem started = item();
        started.start();
        assertThrows(DomainRuleViolation.class, started::start, "start twice");
    }

    @Test
    void aCheckThatFindsTheWorkUndoneReopensIt() {
        ActionItem item = item();
        item.complete(NOW);
        item.reopen();
        assertEquals(ActionItemStatus.IN_PROGRESS, item.getStatus());
    }

    @Test
    void movingTheDueDateKeepsTheOriginalWithWhoAndWhy() {
        ActionItem item = item();
        DueDateChange change = item.moveDue(DUE.plusDays(14), "manager", "Waiting for the county's floor plan", NOW);
        assertEquals(DUE.plusDays(14), item.getDueOn());
        assertEquals(DUE, item.getOriginalDueOn());
        assertTrue(item.isMoved());
        assertEquals(DUE, change.getFromDueOn());
        assertEquals("manager", change.getMovedBy());
        assertEquals("Waiting for the county's floor plan", change.getReason());
        item.moveDue(DUE.plusDays(20), "officer", "Holiday", NOW.plusDays(1));
        assertEquals(DUE, item.getOriginalDueOn(), "the original stays the first due date");
        assertEquals(2, item.getDueDateChanges().size());
    }

    @Test
    void aMoveNeedsAReasonAndANewDate() {
        assertEquals("reason", assertThrows(DomainRuleViolation.class,
                () -> item().moveDue(DUE.plusDays(1), "m", " ", NOW)).getField());
        assertEquals("dueOn", assertThrows(DomainRuleViolation.class,
                () -> item().moveDue(DUE, "m", "same day", NOW)).getField());
        assertEquals("dueOn", assertThrows(DomainRuleViolation.class,
                () -> item().moveDue(null, "m", "no date", NOW)).getField());
    }

    @Test
    void overdueIsDerivedFromTheDueDateWhileTheItemIsPending() {
        ActionItem item = item();
        assertFalse(item.isOverdue(DUE), "due today is not overdue");
        assertTrue(item.isOverdue(DUE.plusDays(1)));
        item.complete(NOW);
        assertFalse(item.isOverdue(DUE.plusDays(30)), "done is never overdue");
    }

    @Test
    void anItemHasExactlyOneOwner() {
        ActionItem item = new ActionItem(MeetingTest.HOSPITAL, null, "x", DUE);
        assertEquals("ownerUserId", assertThrows(DomainRuleViolation.class, () -> item.assignTo(null, null)).getField());
        Contact sergeant = new Contact(MeetingTest.POLICE, "Maria", "Lopez", "Sergeant", "Liaison");
        assertThrows(DomainRuleViolation.class,
                () -> item.assignTo(new UserAccount("officer", "Owen", null), sergeant));
        item.assignTo(null, sergeant);
        assertEquals("Sergeant Maria Lopez (Riverton Police Department)", item.getOwnerName());
    }

    @Test
    void eachReminderGoesOutOncePerDueDate() {
        ActionItem item = item();
        assertFalse(item.remindDueSoon(DUE.minusDays(4)), "four days ahead is not yet soon");
        assertTrue(item.remindDueSoon(DUE.minusDays(3)));
        assertFalse(item.remindDueSoon(DUE.minusDays(2)), "already told");
        assertFalse(item.remindOverdue(DUE));
        assertTrue(item.remindOverdue(DUE.plusDays(1)));
        assertFalse(item.remindOverdue(DUE.plusDays(2)), "already told");
        item.moveDue(DUE.plusDays(10), "manager", "Extended", NOW);
        assertTrue(item.remindDueSoon(DUE.plusDays(8)), "a new due date is a new reminder");
    }
}
