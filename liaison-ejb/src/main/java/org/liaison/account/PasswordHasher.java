package org.liaison.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2-HMAC-SHA256 with 210,000 iterations (OWASP's 2023 figure), salted per password. */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a random password nobody knows, made once per instance; a race makes two, which is harmless. */
    private volatile String dummy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * Spends the time of one verification and answers false: an unknown, disabled or locked user name costs as long
     * as a wrong password, so response times do not tell which user names exist.
     */
    public boolean refuseInConstantTime(String password) {
        hash.verify(password.toCharArray(), dummyHash());
        return false;
    }

    private String dummyHash() {
        String hashed = dummy;
        if (hashed == null) {
            hashed = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
            dummy = hashed;
        }
        return hashed;
    }

    public boolean matches(String password, String storedHash) {
        return storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
