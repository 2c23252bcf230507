package org.liaison.agency;

import java.io.Serializable;
import org.liaison.domain.agency.AgencyType;

/** How a user narrows the agency list; every part is optional. */
public record AgencyFilter(String name, AgencyType type, String jurisdiction, Long facilityId)
        implements Serializable {

    public static AgencyFilter none() {
        return new AgencyFilter(null, null, null, null);
    }
}
