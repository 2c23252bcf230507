package org.liaison.web.security;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * What Liaison keeps in the session about how someone signed in, copied right after sign-in: plain values only, so the
 * session replicates to every instance of a cluster and survives the loss of the one that signed them in. Their roles
 * are not here: every request reads them from the account.
 *
 * @param providerGroups the hospital provider's groups at sign-in (empty for a local sign-in)
 * @param idTokenHint the provider's ID token, sent back at sign-out to end the provider's session too
 */
public record SignedInPerson(String username, String displayName, Set<String> providerGroups, boolean viaProvider,
        LocalDateTime signedInAt, String idTokenHint) implements Serializable {

    static final String SESSION_KEY = "liaison.person";
}
