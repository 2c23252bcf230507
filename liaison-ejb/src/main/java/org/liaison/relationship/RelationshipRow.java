package org.liaison.relationship;

import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.relationship.Health;
import org.liaison.domain.relationship.RelationshipRole;
import org.liaison.domain.relationship.RelationshipStatus;

/**
 * One line of the relationships board, with its health derived for today from the cadence clock (which runs from the
 * last engagement, or from the relationship's start when there has been none). overdueRatio is how far through its
 * cadence the clock is, for sorting worst first.
 */
public record RelationshipRow(Long id, long version, Long facilityId, String facilityName, Long agencyId,
        String agencyName, AgencyType agencyType, RelationshipRole role, int cadenceDays, RelationshipStatus status,
        Long ownerId, String ownerName, LocalDate startedOn, LocalDate lastEngagement,
        LocalDate nextPlannedEngagement, Integer daysSinceLastEngagement, Health health, double overdueRatio,
        Long primaryContactId, String primaryContactName, String primaryContactPhone, LocalDate agreementExpiresOn)
        implements Serializable {

    public boolean hasActiveAgreement() {
        return agreementExpiresOn != null;
    }
}
