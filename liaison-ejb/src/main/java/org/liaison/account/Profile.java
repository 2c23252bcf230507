package org.liaison.account;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.liaison.domain.account.Role;

/** The signed-in person as the page header shows them. */
public record Profile(String username, String displayName, Set<Role> roles, List<String> facilityNames,
        String agencyName) implements Serializable {

    public String scopeLabel() {
        if (agencyName != null) {
            return agencyName;
        }
        if (roles.stream().anyMatch(Role.SYSTEM_WIDE::contains)) {
            return "All facilities";
        }
        return String.join(", ", facilityNames);
    }
}
