package org.liaison.account;

import java.util.Locale;
import java.util.Set;

/**
 * Who the hospital's identity provider says a person is, as Liaison keeps it: the account name (from the configured
 * claim), a display name and e-mail for an account created at first sign-in, and the provider's groups.
 */
public record FederatedIdentity(String username, String displayName, String email, Set<String> groups)
        implements java.io.Serializable {

    /**
     * The account name from the claim's value: lower case, and for a value like {@code jdoe@hospital.org} (a user
     * principal name) the part before the {@code @}, since Liaison's account names carry no domain.
     */
    public static String accountName(String claimValue) {
        if (claimValue == null) {
            return "";
        }
        String name = claimValue.trim().toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        return at > 0 ? name.substring(0, at) : name;
    }
}
