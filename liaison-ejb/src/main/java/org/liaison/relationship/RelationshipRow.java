package org.liaison.relationship;

import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.relationship.Health;
import org.liaison.domain.relationship.RelationshipRole;
import org.liaison.domain.relationship.RelationshipStatus;

/** One line of the relationships board, with its health derived for today. */
public record RelationshipRow(Long id, long version, Long facilityId, String facilityName, Long agencyId,
        String agencyName, AgencyType agencyType, RelationshipRole role, int cadenceDays, RelationshipStatus status,
        Long ownerId, String ownerName, LocalDate lastEngagement, LocalDate nextPlannedEngagement,
        Integer daysSinceLastEngagement, Health health, Long primaryContactId, String primaryContactName,
        String primaryContactPhone, LocalDate agreementExpiresOn) implements Serializable {

    public boolean hasActiveAgreement() {
        return agreementExpiresOn != null;
    }

    /** How far through its cadence the relationship is; never-engaged ranks first. */
    double overdueRatio() {
        return daysSinceLastEngagement == null ? Double.MAX_VALUE : (double) daysSinceLastEngagement / cadenceDays;
    }
}
