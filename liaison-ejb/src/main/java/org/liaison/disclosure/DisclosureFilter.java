package org.liaison.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.sharing.disclosure.DisclosureBasis;
import org.liaison.domain.sharing.disclosure.DisclosureStatus;

/** How disclosures are narrowed; every part optional. mrn: one patient's (exact, as stored). */
public record DisclosureFilter(DisclosureStatus status, DisclosureBasis basis, Long facilityId, Long agencyId,
        String mrn, LocalDate from, LocalDate to) implements Serializable {

    public static DisclosureFilter none() {
        return new DisclosureFilter(null, null, null, null, null, null, null);
    }
}
