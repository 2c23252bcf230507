package org.liaison.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.domain.sharing.disclosure.DisclosureBasis;

/**
 * The accounting of disclosures for one patient (45 CFR 164.528): each disclosure of the last six years that no
 * suspension hides on the day it is made, and the same grouped by recipient and purpose (first, frequency, last).
 */
public record Accounting(String mrn, LocalDate asOf, LocalDate from, List<Entry> disclosures, List<Summary> summary)
        implements Serializable {

    public record Entry(Long id, LocalDate disclosedOn, String agencyName, String recipientName,
            String recipientAddress, String description, String purpose, DisclosureBasis basis,
            org.liaison.domain.sharing.disclosure.LegalDocument legalDocument)
            implements Serializable {
    }

    /** Repeated disclosures to one recipient for one purpose: the first, how many, the last. */
    public record Summary(String agencyName, String recipientName, String recipientAddress, String purpose,
            LocalDate first, long frequency, LocalDate last) implements Serializable {
    }
}
