package org.liaison.sharing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.liaison.domain.account.Role;
import org.liaison.domain.sharing.BulletinCategory;
import org.liaison.domain.sharing.BulletinDirection;
import org.liaison.domain.shared.Tlp;

/** What an author writes: content, label, the facilities concerned and the audience. */
public record BulletinDraft(String title, String body, BulletinCategory category, Tlp tlp,
        BulletinDirection direction, Set<Long> facilityIds, Set<Long> agencyIds, Set<Long> audienceFacilityIds,
        Set<Role> roles, Set<Long> personIds, boolean everyone, LocalDate validUntil, boolean acknowledgementRequired,
        LocalDate acknowledgementDeadline, boolean patientInformation) implements Serializable {

    public BulletinDraft {
        facilityIds = facilityIds == null ? Set.of() : Set.copyOf(facilityIds);
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        audienceFacilityIds = audienceFacilityIds == null ? Set.of() : Set.copyOf(audienceFacilityIds);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
    }
}
