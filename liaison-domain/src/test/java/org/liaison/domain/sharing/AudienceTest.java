package org.liaison.domain.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.domain.account.Role;
import org.liaison.domain.shared.Tlp;

class AudienceTest {

    private static final Audience.Person STAFF = new Audience.Person(1, null);
    private static final Audience.Person PARTNER_OF_7 = new Audience.Person(2, 7L);

    private static Audience agencies(Long... ids) {
        return new Audience(Set.of(ids), Set.of(), Set.of(), Set.of(), false);
    }

    @Test
    void greenAndClearGoToAnyone() {
        Audience everyone = new Audience(Set.of(), Set.of(), Set.of(), Set.of(), true);
        assertEquals(Optional.empty(), everyone.conflictWith(Tlp.GREEN));
        assertEquals(Optional.empty(), everyone.conflictWith(Tlp.CLEAR));
    }

    @Test
    void amberGoesToTheRecipientOrganisationsButNotToEveryone() {
        assertEquals(Optional.empty(), agencies(1L, 2L, 3L).conflictWith(Tlp.AMBER));
        Audience everyone = new Audience(Set.of(1L), Set.of(), Set.of(), Set.of(), true);
        assertTrue(everyone.conflictWith(Tlp.AMBER).orElseThrow().contains("not to everyone"));
    }

    @Test
    void amberStrictStaysInsideOneOrganisation() {
        assertEquals(Optional.empty(), agencies(7L).conflictWith(Tlp.AMBER_STRICT));
        assertEquals(Optional.empty(), new Audience(Set.of(7L), Set.of(), Set.of(), Set.of(PARTNER_OF_7), false)
                .conflictWith(Tlp.AMBER_STRICT));
        assertEquals(Optional.empty(), new Audience(Set.of(), Set.of(5L), Set.of(Role.OFFICER), Set.of(STAFF), false)
                .conflictWith(Tlp.AMBER_STRICT));
        assertTrue(agencies(7L, 8L).conflictWith(Tlp.AMBER_STRICT).orElseThrow().contains("spans 2"));
        assertTrue(new Audience(Set.of(7L), Set.of(5L), Set.of(), Set.of(), false).conflictWith(Tlp.AMBER_STRICT)
                .orElseThrow().contains("the hospital's staff"));
        assertTrue(new Audience(Set.of(), Set.of(), Set.of(), Set.of(STAFF, PARTNER_OF_7), false)
                .conflictWith(Tlp.AMBER_STRICT).isPresent());
    }

    @Test
    void redGoesToNamedPeopleOnly() {
        assertEquals(Optional.empty(), new Audience(Set.of(), Set.of(), Set.of(), Set.of(STAFF, PARTNER_OF_7), false)
                .conflictWith(Tlp.RED));
        assertTrue(agencies(7L).conflictWith(Tlp.RED).orElseThrow().contains("agencies"));
        assertTrue(new Audience(Set.of(), Set.of(5L), Set.of(), Set.of(STAFF), false).conflictWith(Tlp.RED)
                .orElseThrow().contains("facilities and roles"));
        assertTrue(new Audience(Set.of(), Set.of(), Set.of(Role.MANAGER), Set.of(), false).conflictWith(Tlp.RED)
                .isPresent());
    }

    @Test
    void anEmptyAudienceFitsNoLabel() {
        for (Tlp tlp : Tlp.values()) {
            assertTrue(new Audience(null, null, null, null, false).conflictWith(tlp).isPresent(), tlp.name());
        }
    }
}
