package org.liaison.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.account.FederatedIdentity;

class PortalSettingsTest {

    private static PortalSettings settings(Map<String, String> values) {
        return new PortalSettings(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void withoutTheProviderClientAndSecretNothingChanges() {
        assertFalse(settings(Map.of()).isSingleSignOn());
        assertFalse(settings(Map.of("liaison.oidc.provider.uri", "https://idp.example.org/realms/h",
                "liaison.oidc.client.id", "liaison")).isSingleSignOn(), "no secret");
        assertFalse(settings(Map.of("liaison.oidc.provider.uri", " ", "liaison.oidc.client.id", "liaison",
                "liaison.oidc.client.secret", "s")).isSingleSignOn(), "a blank provider is no provider");
        assertTrue(settings(Map.of("liaison.oidc.provider.uri", "https://idp.example.org/realms/h/",
                "liaison.oidc.client.id", "liaison", "liaison.oidc.client.secret", "s")).isSingleSignOn());
    }

    @Test
    void defaultsAreTheIssuesContract() {
        PortalSettings defaults = settings(Map.of());

        assertEquals("preferred_username", defaults.callerClaim());
        assertEquals("groups", defaults.groupsClaim());
        assertEquals("liaison-api", defaults.apiAudience());
        assertTrue(defaults.endProviderSession());
        assertTrue(defaults.portalOrigins().isEmpty());
        assertTrue(defaults.groupRoles().isEmpty());
    }

    @Test
    void portalOriginsAreSchemeHostAndPortAndAnythingElseIsLeftOut() {
        PortalSettings portal = settings(Map.of("liaison.portal.origins",
                "https://intranet.health.example.org, http://127.0.0.1:8081/  https://*.evil.example 'none' javascript:x"));

        assertEquals(List.of("https://intranet.health.example.org", "http://127.0.0.1:8081"), portal.portalOrigins());
    }

    @Test
    void aGroupMappingThatIsNotUnderstoodCreatesNoAccountButDoesNotStopTheServer() {
        assertTrue(settings(Map.of("liaison.oidc.group.roles", "it-admins=ADMIN")).groupRoles().isEmpty());
        assertFalse(settings(Map.of("liaison.oidc.group.roles", "sec-directors=DIRECTOR")).groupRoles().isEmpty());
    }

    @Test
    void theProvidersOriginIsWhatASignOutFormMayLeadTo() {
        assertEquals(Optional.of("https://login.example.org:8443"), PortalSettings.origin(
                "https://login.example.org:8443/realms/hospital"));
        assertEquals(Optional.empty(), PortalSettings.origin("not a url"));
    }

    @Test
    void whatTheSessionKeepsAfterSignInSerializes() throws Exception {
        SignedInPerson person = new SignedInPerson("dana.sso", "Dana Sso", Set.copyOf(List.of("sec-directors")), true,
                LocalDateTime.now(), "eyJ.token.hint");
        FederatedIdentity identity = new FederatedIdentity("dana.sso", "Dana", null, Set.of("sec-directors"));

        assertEquals(person, roundTrip(person));
        assertEquals(identity, roundTrip(identity));
        SingleSignOn.Pending pending = new SingleSignOn.Pending("state", "nonce", "verifier", "/who-to-call");
        assertEquals(pending, roundTrip(pending));
    }

    private static Object roundTrip(Object object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
