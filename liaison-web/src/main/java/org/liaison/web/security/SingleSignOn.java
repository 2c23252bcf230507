package org.liaison.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.liaison.account.FederatedIdentity;
import org.liaison.account.FederatedSignIn;
import org.liaison.domain.account.Role;

/**
 * Sign-in through the hospital's OpenID provider: the authorization code flow with state, nonce and PKCE. The start
 * keeps three random values in the session and sends the browser to the provider; the provider sends it back with a
 * code, which Liaison exchanges (with its client secret) for an ID token, verified like any token of the provider and
 * carrying the nonce. The person's account then decides what they may do ({@link FederatedSignIn}). Nothing of the
 * exchange stays in the session but {@link SignedInPerson}: plain values, so the session replicates in a cluster.
 */
@ApplicationScoped
public class SingleSignOn {

    private static final Logger LOG = Logger.getLogger("org.liaison.security");
    private static final String PENDING = "liaison.sso.pending";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IdentityProvider provider;

    @Inject
    FederatedSignIn accounts;

    /** What the callback must match, kept between the start and the provider's answer. */
    record Pending(String state, String nonce, String codeVerifier, String continueTo) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Where a sign-in ended: a path inside Liaison to send the browser to, and the person when signed in. */
    public record Ending(String path, SignedInPerson person) {
    }

    /** The provider's authorization address for this browser, with a fresh state, nonce and PKCE challenge. */
    public String start(HttpServletRequest request, String continueTo) throws IdentityProvider.Unavailable {
        IdentityProvider.Metadata metadata = provider.currentMetadata();
        PortalSettings settings = PortalSettings.get();
        Pending pending = new Pending(random(), random(), random(), continueTo);
        request.getSession(true).setAttribute(PENDING, pending);
        return metadata.authorizationEndpoint() + (metadata.authorizationEndpoint().contains("?") ? "&" : "?")
                + "response_type=code&scope=" + encode("openid profile email")
                + "&client_id=" + encode(settings.clientId())
                + "&redirect_uri=" + encode(settings.external(request, "/sso/callback"))
                + "&state=" + encode(pending.state()) + "&nonce=" + encode(pending.nonce())
                + "&code_challenge=" + encode(challenge(pending.codeVerifier())) + "&code_challenge_method=S256";
    }

    /** The provider's answer: a signed-in person with the page to go to, or the sign-in page saying why not. */
    public Ending callback(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        String state = request.getParameter("state");
        if (pending == null || state == null || !MessageDigest.isEqual(pending.state().getBytes(StandardCharsets.UTF_8),
                state.getBytes(StandardCharsets.UTF_8))) {
            LOG.warning(() -> "event=sso.refused reason=state address=" + request.getRemoteAddr());
            return new Ending("/login?sso=failed", null);
        }
        if (request.getParameter("error") != null || request.getParameter("code") == null) {
            LOG.warning(() -> "event=sso.refused reason=provider-error error=" + request.getParameter("error")
                    + " address=" + request.getRemoteAddr());
            return new Ending("/login?sso=failed", null);
        }
        PortalSettings settings = PortalSettings.get();
        JWTClaimsSet claims;
        String idToken;
        try {
            JsonObject tokens = provider.postToTokenEndpoint("grant_type=authorization_code&code="
                    + encode(request.getParameter("code")) + "&redirect_uri="
                    + encode(settings.external(request, "/sso/callback")) + "&code_verifier="
                    + encode(pending.codeVerifier()));
            idToken = tokens.getString("id_token", null);
            if (idToken == null) {
                throw new ParseException("no id_token in the token endpoint's answer", 0);
            }
            claims = provider.verifier(settings.clientId(), new JWTClaimsSet.Builder().claim("nonce", pending.nonce())
                    .build()).process(SignedJWT.parse(idToken), null);
        } catch (IdentityProvider.Unavailable unreachable) {
            LOG.warning(() -> "event=sso.provider.unavailable step=token reason=" + unreachable.getMessage());
            return new Ending("/login?sso=unavailable", null);
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException refused) {
            LOG.warning(() -> "event=sso.refused reason=id-token " + refused.getMessage() + " address="
                    + request.getRemoteAddr());
            return new Ending("/login?sso=failed", null);
        }
        FederatedIdentity person = identity(claims, settings);
        FederatedSignIn.Result result = accounts.signIn(person, settings.groupRoles(), request.getRemoteAddr());
        if (!result.signedIn() || result.groups().contains(Role.PORTAL_)) {
            return new Ending("/login?sso=unknown", null);
        }
        return new Ending(LoginBacking.safeTarget(pending.continueTo()), new SignedInPerson(person.username(),
                person.displayName(), person.groups(), true, LocalDateTime.now(), idToken));
    }

    private static FederatedIdentity identity(JWTClaimsSet claims, PortalSettings settings) {
        Object caller = claims.getClaim(settings.callerClaim());
        String name = caller instanceof String s ? s : "";
        Object displayName = claims.getClaim("name");
        Object email = claims.getClaim("email");
        return new FederatedIdentity(FederatedIdentity.accountName(name),
                displayName instanceof String d ? d : null, email instanceof String e ? e : null,
                groups(claims, settings.groupsClaim()));
    }

    /** A groups claim as a set of names: a list of strings, or one string. */
    static Set<String> groups(JWTClaimsSet claims, String claim) {
        Object value = claims.getClaim(claim);
        Set<String> groups = new LinkedHashSet<>();
        if (value instanceof String one) {
            groups.add(one);
        } else if (value instanceof Collection<?> many) {
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(groups::add);
        }
        return Set.copyOf(groups);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
