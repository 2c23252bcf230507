package org.liaison.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a few minutes that a user name and password were verified, so that scripts calling the API with
 * HTTP Basic on every request do not pay 210,000 PBKDF2 rounds each time. The key includes the stored hash, so a
 * password change (on any instance) makes the entry useless at once; it is per instance and holds no state that
 * another instance needs. Only digests are kept, never passwords.
 */
@ApplicationScoped
public class CredentialCache {

    private static final long TTL_MILLIS = 5 * 60 * 1000L;
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    public boolean remembers(String username, String password, String storedHash) {
        Long until = verifiedUntil.get(key(username, password, storedHash));
        return until != null && until > System.currentTimeMillis();
    }

    public void remember(String username, String password, String storedHash) {
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            long now = System.currentTimeMillis();
            verifiedUntil.values().removeIf(until -> until <= now);
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
        }
        verifiedUntil.put(key(username, password, storedHash), System.currentTimeMillis() + TTL_MILLIS);
    }

    private static String key(String username, String password, String storedHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(storedHash.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
