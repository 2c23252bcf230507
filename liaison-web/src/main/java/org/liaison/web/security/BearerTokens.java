package org.liaison.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.liaison.domain.account.Role;

/**
 * Bearer tokens on /api/*: the portal's server asks the hospital's provider for a token (client credentials) and
 * sends it with each call. A token counts when the provider signed it (its JWKS), it names the provider as issuer and
 * {@code LIAISON_API_AUDIENCE} as audience, and it has not expired. Of its {@code groups}, only {@code PORTAL}
 * counts: staff roles come from Liaison's own accounts, never from a token.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger("org.liaison.security");
    /** The caller name of a token: never a Liaison account name, which has no colon. */
    static final String PREFIX = "portal:";

    @Inject
    IdentityProvider provider;

    /** Who the token speaks for and its roles; empty when the token does not count. */
    public record Bearer(String name, Set<String> groups) {
    }

    public Optional<Bearer> verify(String token, String address) {
        if (!PortalSettings.get().isSingleSignOn()) {
            return Optional.empty();
        }
        try {
            // SignedJWT refuses an unsigned ("alg": "none") token as it parses.
            SignedJWT jwt = SignedJWT.parse(token);
            JWTClaimsSet claims = provider.verifier(PortalSettings.get().apiAudience(), null).process(jwt, null);
            String client = firstOf(claims, "azp", "client_id", "sub");
            Set<String> roles = SingleSignOn.groups(claims, PortalSettings.get().groupsClaim()).contains(Role.PORTAL_)
                    ? Set.of(Role.PORTAL_) : Set.of();
            return Optional.of(new Bearer(PREFIX + client, roles));
        } catch (ParseException | BadJOSEException | JOSEException | IdentityProvider.Unavailable
                | RuntimeException refused) { // a token nimbus cannot make sense of is not valid, never a 500
            LOG.warning(() -> "event=bearer.refused reason=" + refused.getMessage() + " address=" + address);
            return Optional.empty();
        }
    }

    private static String firstOf(JWTClaimsSet claims, String... names) throws ParseException {
        for (String name : names) {
            String value = claims.getStringClaim(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return claims.getSubject();
    }
}
