package org.liaison.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TlpTest {

    private static final Tlp.Reader NAMED = new Tlp.Reader(true, false, false);
    private static final Tlp.Reader OURS = new Tlp.Reader(false, true, false);
    private static final Tlp.Reader RECIPIENT = new Tlp.Reader(false, false, true);
    private static final Tlp.Reader STRANGER = new Tlp.Reader(false, false, false);

    @Test
    void aMeetingTheLabelWithholdsIsCalledByItsLabelAlone() {
        assertEquals("Meeting (TLP:RED)", Tlp.RED.withheldMeetingTitle());
        assertEquals("Meeting (TLP:AMBER+STRICT)", Tlp.AMBER_STRICT.withheldMeetingTitle());
    }

    @Test
    void redAdmitsNamedRecipientsOnly() {
        assertTrue(Tlp.RED.admits(NAMED));
        assertFalse(Tlp.RED.admits(OURS));
        assertFalse(Tlp.RED.admits(RECIPIENT));
        assertFalse(Tlp.RED.admits(STRANGER));
    }

    @Test
    void amberStrictStaysInsideTheOrganisation() {
        assertTrue(Tlp.AMBER_STRICT.admits(NAMED));
        assertTrue(Tlp.AMBER_STRICT.admits(OURS));
        assertFalse(Tlp.AMBER_STRICT.admits(RECIPIENT));
        assertFalse(Tlp.AMBER_STRICT.admits(STRANGER));
    }

    @Test
    void amberReachesTheRecipientOrganisations() {
        assertTrue(Tlp.AMBER.admits(OURS));
        assertTrue(Tlp.AMBER.admits(RECIPIENT));
        assertFalse(Tlp.AMBER.admits(STRANGER));
    }

    @Test
    void greenAndClearReachEveryone() {
        assertTrue(Tlp.GREEN.admits(STRANGER));
        assertTrue(Tlp.CLEAR.admits(STRANGER));
    }

    @Test
    void labelsReadAsWritten() {
        assertEquals("TLP:AMBER+STRICT", Tlp.AMBER_STRICT.label());
        assertEquals("TLP:RED", Tlp.RED.label());
        assertTrue(Tlp.RED.isStricterThan(Tlp.AMBER_STRICT));
        assertFalse(Tlp.GREEN.isStricterThan(Tlp.AMBER));
    }
}
