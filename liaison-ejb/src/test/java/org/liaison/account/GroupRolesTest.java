package org.liaison.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.domain.account.Role;

class GroupRolesTest {

    private final GroupRoles mapping = GroupRoles.parse(
            " sec-directors=DIRECTOR; rgh-security=officer@rgh , lmc-managers=MANAGER@LMC+RGH;compliance=AUDITOR;");

    @Test
    void aDirectorsGroupGivesTheDirectorRoleWithoutFacilities() {
        GroupRoles.Grants grants = mapping.grantsFor(Set.of("sec-directors", "all-staff"));

        assertEquals(Set.of(Role.DIRECTOR), grants.roles());
        assertTrue(grants.facilityCodes().isEmpty());
    }

    @Test
    void officersAndManagersGetTheHospitalsTheirGroupsName() {
        GroupRoles.Grants grants = mapping.grantsFor(Set.of("rgh-security", "lmc-managers"));

        assertEquals(Set.of(Role.OFFICER, Role.MANAGER), grants.roles());
        assertEquals(Set.of("RGH", "LMC"), grants.facilityCodes());
    }

    @Test
    void someoneInNoMappedGroupGetsNothing() {
        assertTrue(mapping.grantsFor(Set.of("nurses", "Sec-Directors")).isEmpty(), "group names match exactly");
        assertTrue(GroupRoles.parse("").grantsFor(Set.of("sec-directors")).isEmpty());
        assertTrue(GroupRoles.parse(null).isEmpty());
    }

    @Test
    void administratorsPartnersAndThePortalAreNeverGrantedByAGroup() {
        assertThrows(IllegalArgumentException.class, () -> GroupRoles.parse("it-admins=ADMIN"));
        assertThrows(IllegalArgumentException.class, () -> GroupRoles.parse("police=PARTNER"));
        assertThrows(IllegalArgumentException.class, () -> GroupRoles.parse("portal=PORTAL"));
    }

    @Test
    void entriesThatAreNotUnderstoodAreRefusedWithTheirText() {
        IllegalArgumentException noFacility = assertThrows(IllegalArgumentException.class,
                () -> GroupRoles.parse("rgh-security=OFFICER"));
        assertTrue(noFacility.getMessage().contains("rgh-security=OFFICER@RGH"), noFacility.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GroupRoles.parse("sec-directors"));
        assertThrows(IllegalArgumentException.class, () -> GroupRoles.parse("=DIRECTOR"));
        assertThrows(IllegalArgumentException.class, () -> GroupRoles.parse("chiefs=CHIEF"));
    }

    @Test
    void theAccountNameIsTheClaimInLowerCaseWithoutItsDomain() {
        assertEquals("jdoe", FederatedIdentity.accountName(" JDoe@Hospital.example.org "));
        assertEquals("dana.director", FederatedIdentity.accountName("dana.director"));
        assertEquals("", FederatedIdentity.accountName(null));
        assertEquals("@odd", FederatedIdentity.accountName("@odd"), "no name before the @: kept, and matches nobody");
    }
}
