package org.liaison.web.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The hospital's OpenID provider as Liaison knows it: its published metadata (read on first use, kept for an hour,
 * an older copy used while the provider cannot be reached) and its signing keys (nimbus-jose-jwt's JWK source, which
 * fetches the key set again when a token names a key it has not seen, at most every 30 s). Token checks are
 * nimbus-jose-jwt's: signature against those keys, issuer, audience, expiry with a minute's clock skew.
 */
@ApplicationScoped
public class IdentityProvider {

    private static final Logger LOG = Logger.getLogger("org.liaison.security");
    private static final Duration KEEP = Duration.ofHours(1);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(15);
    /** The signature algorithms a provider signs tokens with; never "none", never a shared-secret HMAC. */
    private static final Set<JWSAlgorithm> SIGNATURES = new HashSet<>();

    static {
        SIGNATURES.addAll(JWSAlgorithm.Family.RSA);
        SIGNATURES.addAll(JWSAlgorithm.Family.EC);
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private volatile Metadata metadata;
    private volatile Instant fetchedAt = Instant.EPOCH;
    private volatile Instant failedAt = Instant.EPOCH;
    private volatile JWKSource<SecurityContext> keys;

    /** The endpoints the sign-in and sign-out use, from the provider's discovery document. */
    public record Metadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri,
            String endSessionEndpoint) {
    }

    /** The provider could not be reached, or answered something that is not its metadata. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The metadata read from the provider now: a sign-in starts only when the provider answers, so a person whose
     * provider is down sees the sign-in page's notice rather than the browser's connection error.
     */
    public Metadata currentMetadata() throws Unavailable {
        fetchedAt = Instant.EPOCH;
        failedAt = Instant.EPOCH;
        metadata();
        if (fetchedAt.equals(Instant.EPOCH)) {
            throw new Unavailable("the provider did not answer", null);
        }
        return metadata;
    }

    public Metadata metadata() throws Unavailable {
        Metadata known = metadata;
        Instant now = Instant.now();
        if (known != null && now.isBefore(fetchedAt.plus(KEEP))) {
            return known;
        }
        if (now.isBefore(failedAt.plus(RETRY_AFTER_FAILURE))) {
            if (known != null) {
                return known;
            }
            throw new Unavailable("the provider did not answer a moment ago", null);
        }
        try {
            Metadata fetched = fetch(PortalSettings.get().providerUri());
            if (known == null || !known.jwksUri().equals(fetched.jwksUri())) {
                keys = JWKSourceBuilder.create(URI.create(fetched.jwksUri()).toURL(),
                        new DefaultResourceRetriever(5_000, 5_000, 512 * 1024)).build();
            }
            metadata = fetched;
            fetchedAt = now;
            return fetched;
        } catch (Unavailable | MalformedURLException | IllegalArgumentException failure) {
            failedAt = now;
            LOG.warning(() -> "event=sso.provider.unavailable provider=" + PortalSettings.get().providerUri()
                    + " reason=" + failure.getMessage());
            if (known != null) {
                return known;
            }
            throw failure instanceof Unavailable u ? u : new Unavailable(failure.getMessage(), failure);
        }
    }

    private Metadata fetch(String providerUri) throws Unavailable {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create(providerUri + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new Unavailable("discovery answered " + answer.statusCode(), null);
            }
            JsonObject json = json(answer.body());
            Metadata fetched = new Metadata(json.getString("issuer", null),
                    json.getString("authorization_endpoint", null), json.getString("token_endpoint", null),
                    json.getString("jwks_uri", null), json.getString("end_session_endpoint", null));
            if (fetched.issuer() == null || fetched.authorizationEndpoint() == null || fetched.tokenEndpoint() == null
                    || fetched.jwksUri() == null) {
                throw new Unavailable("discovery document lacks issuer, endpoints or jwks_uri", null);
            }
            return fetched;
        } catch (IOException | RuntimeException e) {
            throw new Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
    }

    /** The token endpoint's answer to a form post authenticated with the client id and secret. */
    JsonObject postToTokenEndpoint(String form) throws Unavailable {
        PortalSettings settings = PortalSettings.get();
        String client = java.net.URLEncoder.encode(settings.clientId(), java.nio.charset.StandardCharsets.UTF_8) + ":"
                + java.net.URLEncoder.encode(settings.clientSecret(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(metadata().tokenEndpoint()))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            client.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonObject json = json(answer.body());
            if (answer.statusCode() != 200) {
                throw new Unavailable("token endpoint answered " + answer.statusCode() + " "
                        + json.getString("error", ""), null);
            }
            return json;
        } catch (IOException | RuntimeException e) {
            throw new Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
    }

    /**
     * A processor for tokens of this provider meant for {@code audience}: signed with one of its keys (RSA or EC),
     * issued by it, unexpired, with a subject; {@code exact} claims must match too (the nonce of an ID token).
     */
    DefaultJWTProcessor<SecurityContext> verifier(String audience, JWTClaimsSet exact) throws Unavailable {
        Metadata known = metadata();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNATURES, keys));
        JWTClaimsSet.Builder mustMatch = new JWTClaimsSet.Builder(exact == null ? new JWTClaimsSet.Builder().build()
                : exact).issuer(known.issuer());
        // mutable sets: the verifier asks them whether they contain null, which Set.of(...) answers with an exception
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new HashSet<>(Set.of(audience)),
                mustMatch.build(), new HashSet<>(Set.of("sub", "exp", "iat")), null));
        return processor;
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
