package org.liaison.account;

import java.io.Serializable;
import java.util.Set;
import org.liaison.domain.account.Role;

/** What an administrator sets on an account. */
public record AccountDetails(String username, String displayName, String email, Set<Role> roles,
        Set<Long> facilityIds, Long partnerAgencyId) implements Serializable {
}
