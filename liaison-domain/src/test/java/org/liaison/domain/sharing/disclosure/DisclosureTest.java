package org.liaison.domain.sharing.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;

class DisclosureTest {

    static Disclosure complete(DisclosureBasis basis, LegalDocument document) {
        Disclosure d = new Disclosure(" mrn00123456 ", LocalDate.of(2026, 3, 1), "Det. Sgt. Rivera",
                "100 Main St, Riverton", "Date and time of ED visit", "Locating a missing person", basis, document,
                null);
        Facility f = new Facility("Riverton General", "RGH", FacilityKind.HOSPITAL, 400, null, "Riverton");
        f.setId(1L);
        Agency a = new Agency("Riverton PD", AgencyType.MUNICIPAL_POLICE, "City of Riverton", null, null, null);
        a.setId(2L);
        d.disclosedBy(f, a);
        return d;
    }

    @Test
    void aCompleteDisclosureMissesNothingAndIsStoredNormalised() {
        Disclosure d = complete(DisclosureBasis.IDENTIFICATION_LOCATION, null);
        assertEquals(Map.of(), d.missingFields());
        assertEquals("MRN00123456", d.getMrn());
        assertEquals("••••3456", d.getMaskedMrn());
    }

    @Test
    void eachMissingRequiredFieldIsNamed() {
        Disclosure empty = new Disclosure(null, null, " ", null, null, "", null, null, null);
        assertEquals(List.of("mrn", "disclosedOn", "facilityId", "agencyId", "recipientName", "recipientAddress",
                "description", "purpose", "basis"), List.copyOf(empty.missingFields().keySet()));
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, empty::requireComplete);
        assertEquals("mrn", refused.getField());
    }

    @Test
    void aDisclosureRequiredByLawNamesItsLegalDocument() {
        assertEquals(List.of("legalDocument"), List.copyOf(complete(DisclosureBasis.REQUIRED_BY_LAW, null)
                .missingFields().keySet()));
        assertTrue(complete(DisclosureBasis.REQUIRED_BY_LAW, LegalDocument.WARRANT).missingFields().isEmpty());
        assertTrue(complete(DisclosureBasis.VICTIM, null).missingFields().isEmpty());
    }

    @Test
    void approvedOnceBySomeone() {
        Disclosure d = complete(DisclosureBasis.VICTIM, null);
        UserAccount director = new UserAccount("director", "Dana", null);
        d.approve(director, LocalDateTime.of(2026, 3, 2, 10, 0));
        assertEquals(DisclosureStatus.APPROVED, d.getStatus());
        assertThrows(DomainRuleViolation.class, () -> d.approve(director, LocalDateTime.now()));
    }

    @Test
    void theBasisValuesAreTheSixParagraphsOf164512f() {
        assertEquals(List.of("REQUIRED_BY_LAW", "IDENTIFICATION_LOCATION", "VICTIM", "DECEDENT", "CRIME_ON_PREMISES",
                "EMERGENCY_CRIME"), java.util.Arrays.stream(DisclosureBasis.values()).map(Enum::name).toList());
    }

    @Test
    void shortIdentifiersShowOnlyTheirLastCharacter() {
        assertEquals("••••9", Mrn.mask("789"));
        assertEquals(null, Mrn.mask(null));
    }
}
