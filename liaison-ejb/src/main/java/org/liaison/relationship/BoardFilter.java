package org.liaison.relationship;

import java.io.Serializable;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.relationship.Health;

/** How a director or manager narrows the relationships board; every part is optional. */
public record BoardFilter(Long facilityId, AgencyType agencyType, Health health, Long ownerId, Long agencyId)
        implements Serializable {

    public static BoardFilter none() {
        return new BoardFilter(null, null, null, null, null);
    }
}
