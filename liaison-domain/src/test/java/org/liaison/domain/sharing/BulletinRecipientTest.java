package org.liaison.domain.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;

class BulletinRecipientTest {

    @Test
    void deliveredThenOpenedThenAcknowledgedOnce() {
        Bulletin b = BulletinTest.draft(Tlp.AMBER, false);
        b.submit(BulletinTest.NOW);
        BulletinRecipient r = BulletinRecipient.agency(b, BulletinTest.agency(20), BulletinTest.NOW);
        assertEquals(RecipientStatus.DELIVERED, r.getStatus());
        assertTrue(r.open(BulletinTest.NOW.plusHours(1)));
        assertFalse(r.open(BulletinTest.NOW.plusHours(2)), "opening again changes nothing");
        assertEquals(BulletinTest.NOW.plusHours(1), r.getOpenedAt());
        r.acknowledge("partner", BulletinTest.NOW.plusHours(3));
        assertEquals(RecipientStatus.ACKNOWLEDGED, r.getStatus());
        assertEquals(1, r.getAcknowledgedVersion());
        assertThrows(DomainRuleViolation.class, () -> r.acknowledge("partner", BulletinTest.NOW));
        assertThrows(DomainRuleViolation.class, () -> r.followedUp(BulletinTest.NOW));
    }

    @Test
    void acknowledgingInOneActionAlsoOpens() {
        Bulletin b = BulletinTest.draft(Tlp.AMBER, false);
        b.submit(BulletinTest.NOW);
        BulletinRecipient r = BulletinRecipient.person(b, BulletinTest.user(3), BulletinTest.NOW);
        r.acknowledge("user3", BulletinTest.NOW.plusMinutes(5));
        assertEquals(BulletinTest.NOW.plusMinutes(5), r.getOpenedAt());
    }

    @Test
    void aWithdrawnBulletinCannotBeAcknowledged() {
        Bulletin b = BulletinTest.draft(Tlp.AMBER, false);
        b.submit(BulletinTest.NOW);
        BulletinRecipient r = BulletinRecipient.agency(b, BulletinTest.agency(20), BulletinTest.NOW);
        b.withdraw("Wrong vehicle");
        assertThrows(DomainRuleViolation.class, () -> r.acknowledge("partner", BulletinTest.NOW));
    }

    @Test
    void aVersionListsWhatChangedFromThePreviousOne() {
        Bulletin b = BulletinTest.draft(Tlp.AMBER, false);
        b.submit(BulletinTest.NOW);
        BulletinVersion first = new BulletinVersion(b, null, "manager", BulletinTest.NOW);
        b.revise("Vehicle found", b.getBody(), b.getCategory(), Tlp.GREEN, b.getValidUntil(), true,
                b.getAcknowledgementDeadline());
        BulletinVersion second = new BulletinVersion(b, "Found", "manager", BulletinTest.NOW);
        assertEquals(List.of("title", "tlp"), second.changedFrom(first));
        assertEquals(List.of(), first.changedFrom(null));
        assertEquals(2, second.getNumber());
    }
}
