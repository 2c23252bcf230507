package org.liaison.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.sharing.disclosure.DisclosureBasis;
import org.liaison.domain.sharing.disclosure.DisclosureStatus;
import org.liaison.domain.sharing.disclosure.Mrn;

/** A disclosure as lists show it: the patient identifier masked to its last four characters. */
public record DisclosureRow(Long id, String maskedMrn, LocalDate disclosedOn, String facilityName, String agencyName,
        String recipientName, String purpose, DisclosureBasis basis, DisclosureStatus status)
        implements Serializable {

    /** Built by the list query, which reads the full identifier and masks it before it leaves the service. */
    public DisclosureRow(Long id, String mrn, LocalDate disclosedOn, String facilityName, String agencyName,
            String recipientName, String purpose, DisclosureBasis basis, DisclosureStatus status, boolean fromQuery) {
        this(id, Mrn.mask(mrn), disclosedOn, facilityName, agencyName, recipientName, purpose, basis, status);
    }
}
