package org.liaison.domain.account;

import java.util.Optional;

/**
 * What a password must be: long enough to resist guessing (NIST SP 800-63B favours length over composition
 * rules), not the user name, and not one of the passwords every attacker tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final java.util.Set<String> COMMON = java.util.Set.of("password1234", "123456789012",
            "qwertyuiopas", "changeme1234", "administrator", "liaison12345", "welcome12345", "passwordpassword");

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(java.util.Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }
}
