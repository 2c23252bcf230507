package org.liaison.meeting;

import jakarta.persistence.EntityManager;
import java.util.Set;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.platform.InvalidInput;

/** A staff member passed in by id to attend or own something of a facility; anyone else is refused alike. */
final class StaffRef {

    private StaffRef() {
    }

    /** An enabled staff member of one of the facilities, or a director; not found and out of reach answer the same. */
    static UserAccount of(EntityManager em, Long userId, Set<Long> facilityIds, String field) {
        UserAccount user = userId == null ? null : em.find(UserAccount.class, userId);
        boolean fits = user != null && user.isEnabled() && !user.getRoles().contains(Role.PARTNER)
                && (user.getRoles().contains(Role.DIRECTOR)
                        || user.getFacilities().stream().anyMatch(f -> facilityIds.contains(f.getId())));
        if (!fits) {
            throw InvalidInput.of(field, "No such staff member at this facility.");
        }
        return user;
    }
}
