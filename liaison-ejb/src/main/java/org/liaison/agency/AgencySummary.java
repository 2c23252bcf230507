package org.liaison.agency;

import java.io.Serializable;
import org.liaison.domain.agency.AgencyType;

/** One row of the agency list, with its contact count computed in the same query. */
public record AgencySummary(Long id, long version, String name, AgencyType type, String jurisdiction,
        String nonEmergencyPhone, String dispatchPhone, long contactCount) implements Serializable {
}
