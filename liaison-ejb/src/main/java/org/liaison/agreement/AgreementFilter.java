package org.liaison.agreement;

import java.io.Serializable;
import org.liaison.domain.agreement.AgreementStatus;

/** How agreements are narrowed; every part optional. expiringWithinDays keeps those in force expiring that soon. */
public record AgreementFilter(Long facilityId, Long agencyId, AgreementStatus status, Integer expiringWithinDays)
        implements Serializable {

    public static AgreementFilter none() {
        return new AgreementFilter(null, null, null, null);
    }
}
