package org.liaison.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A resource's address gets exactly one v=, the fingerprint, wherever a library had put its own. */
class OwnResourceVersionsTest {

    private static final String BASE = "/liaison/jakarta.faces.resource/theme.css.xhtml";

    @Test
    void theFingerprintIsAddedToAnAddressWithoutAVersion() {
        assertEquals(BASE + "?ln=liaison&v=abc", OwnResourceVersions.withVersion(BASE + "?ln=liaison", "abc"));
        assertEquals(BASE + "?v=abc", OwnResourceVersions.withVersion(BASE, "abc"));
    }

    @Test
    void aLibrarysVersionIsReplacedWhereverItStands() {
        assertEquals(BASE + "?ln=primefaces-liaison&v=abc",
                OwnResourceVersions.withVersion(BASE + "?ln=primefaces-liaison&v=15.0.9", "abc"));
        assertEquals(BASE + "?ln=primefaces-liaison&v=abc",
                OwnResourceVersions.withVersion(BASE + "?v=15.0.9&ln=primefaces-liaison", "abc"));
        assertEquals(BASE + "?ln=x&loc=en&v=abc",
                OwnResourceVersions.withVersion(BASE + "?ln=x&v=1&loc=en", "abc"));
        assertEquals(BASE + "?v=abc", OwnResourceVersions.withVersion(BASE + "?v=1", "abc"));
    }

    @Test
    void aParameterThatOnlyEndsInVIsKept() {
        assertEquals(BASE + "?ln=x&nav=1&v=abc", OwnResourceVersions.withVersion(BASE + "?ln=x&nav=1", "abc"));
    }
}
