package org.liaison.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;

class UserAccountTest {

    private final Facility hospital = new Facility("Riverton General Hospital", "RGH", FacilityKind.HOSPITAL, 420,
            null, "Riverton");
    private final Agency police = new Agency("Riverton Police Department", AgencyType.MUNICIPAL_POLICE,
            "City of Riverton", null, null, null);
    private final UserAccount account = new UserAccount("pat", "Pat", null);

    @Test
    void anAccountNeedsARole() {
        assertRefused("user.roles.required", () -> account.assign(Set.of(), Set.of(hospital), null));
        assertRefused("user.roles.required", () -> account.assign(null, Set.of(hospital), null));
    }

    @Test
    void aPartnerIsBoundToTheirAgencyAndHasNoOtherRole() {
        account.assign(EnumSet.of(Role.PARTNER), Set.of(), police);

        assertEquals(police, account.getPartnerAgency());
        assertEquals(Set.of("PARTNER"), account.groupNames());
        assertTrue(account.getFacilities().isEmpty());
    }

    @Test
    void aPartnerWithoutAnAgencyIsRefused() {
        assertRefused("user.partner.agencyRequired", () -> account.assign(EnumSet.of(Role.PARTNER), Set.of(), null));
    }

    @Test
    void aPartnerCannotAlsoBeStaff() {
        assertRefused("user.partner.exclusive",
                () -> account.assign(EnumSet.of(Role.PARTNER, Role.OFFICER), Set.of(hospital), police));
    }

    @Test
    void aPortalAccountReadsForEveryHospitalAndHasNoOtherRole() {
        account.assign(EnumSet.of(Role.PORTAL), Set.of(), null);

        assertEquals(Set.of("PORTAL"), account.groupNames());
        assertTrue(Role.SYSTEM_WIDE.contains(Role.PORTAL), "no facility to assign: it reads for every hospital");
        assertRefused("user.portal.exclusive",
                () -> account.assign(EnumSet.of(Role.PORTAL, Role.OFFICER), Set.of(hospital), null));
        assertRefused("user.portal.exclusive", () -> account.assign(EnumSet.of(Role.PORTAL, Role.ADMIN), Set.of(), null));
    }

    @Test
    void onlyPartnersAreBoundToAnAgency() {
        assertRefused("user.agency.partnerOnly",
                () -> account.assign(EnumSet.of(Role.OFFICER), Set.of(hospital), police));
    }

    @Test
    void managersAndOfficersNeedAFacility() {
        assertRefused("user.facilities.required", () -> account.assign(EnumSet.of(Role.MANAGER), Set.of(), null));
        assertRefused("user.facilities.required", () -> account.assign(EnumSet.of(Role.OFFICER), null, null));
    }

    @Test
    void systemWideRolesNeedNoFacility() {
        for (Role role : Role.SYSTEM_WIDE) {
            account.assign(EnumSet.of(role), Set.of(), null);
            assertEquals(Set.of(role.name()), account.groupNames());
        }
    }

    @Test
    void aManagerWhoIsAlsoADirectorNeedsNoFacility() {
        account.assign(EnumSet.of(Role.MANAGER, Role.DIRECTOR), Set.of(), null);

        assertEquals(Set.of("DIRECTOR", "MANAGER"), account.groupNames());
    }

    @Test
    void aRefusedAssignmentLeavesTheAccountAsItWas() {
        account.assign(EnumSet.of(Role.OFFICER), Set.of(hospital), null);

        assertThrows(DomainRuleViolation.class, () -> account.assign(EnumSet.of(Role.PARTNER), Set.of(), null));

        assertEquals(Set.of(Role.OFFICER), account.getRoles());
        assertEquals(Set.of(hospital), account.getFacilities());
        assertNull(account.getPartnerAgency());
    }

    @Test
    void onlyAnEnabledAccountWithAPasswordCanSignIn() {
        assertFalse(account.canSignIn(), "no password yet");
        account.changePassword("PBKDF2WithHmacSHA256:210000:salt:hash", LocalDateTime.now());
        assertTrue(account.canSignIn());

        account.disable();

        assertFalse(account.canSignIn());
    }

    @Test
    void theAuditSnapshotNeverContainsThePasswordHash() {
        account.changePassword("PBKDF2WithHmacSHA256:210000:salt:secret-hash", LocalDateTime.now());

        assertFalse(account.auditSnapshot().toString().contains("secret-hash"));
    }

    private static void assertRefused(String messageKey, Runnable assignment) {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, assignment::run);
        assertEquals(messageKey, refused.getMessageKey());
    }
}
