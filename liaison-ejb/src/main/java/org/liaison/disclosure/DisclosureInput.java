package org.liaison.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.sharing.disclosure.DisclosureBasis;
import org.liaison.domain.sharing.disclosure.LegalDocument;

/** What is recorded about a disclosure to law enforcement. */
public record DisclosureInput(String mrn, LocalDate disclosedOn, Long facilityId, Long agencyId, String recipientName,
        String recipientAddress, String description, String purpose, DisclosureBasis basis,
        LegalDocument legalDocument, String legalReference, Long bulletinId) implements Serializable {
}
