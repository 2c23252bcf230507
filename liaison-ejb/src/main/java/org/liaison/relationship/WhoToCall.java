package org.liaison.relationship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import org.liaison.domain.account.Role;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.relationship.RelationshipStatus;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * "Who do I call right now?" For one facility: each active agency with its dispatch and non-emergency numbers and
 * its primary and backup contacts. One query with fetch joins; primary agencies first.
 */
@Stateless
public class WhoToCall {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @jakarta.ejb.EJB
    org.liaison.audit.AuditTrail audit;

    /** One agency's direct lines for the facility. */
    public record Card(Long agencyId, String agencyName, String agencyType, String role, String dispatchPhone,
            String nonEmergencyPhone, Line primary, Line backup) implements Serializable {
    }

    /** A person to call, with every way to reach them. */
    public record Line(String name, String jointRole, String phone, String mobile, String radioChannel, String email,
            String preferredMethod) implements Serializable {
        static Line of(Contact c) {
            return c == null ? null : new Line(c.getDisplayName(), c.getJointRole() == null ? null
                    : c.getJointRole().name(), c.getPhone(), c.getMobile(), c.getRadioChannel(), c.getEmail(),
                    c.getPreferredMethod() == null ? null : c.getPreferredMethod().name());
        }
    }

    /** The facilities the caller can pick from: their own, or all for system-wide roles. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public List<Facility> facilities() {
        return scope.bind(em.createQuery("select f from Facility f where " + scope.byFacility("f.id")
                + " order by lower(f.name), f.id", Facility.class)).getResultList();
    }

    /** The printable ICS 205A-shaped contact sheet for the facility (PDF). Audited: it carries sensitive numbers. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public byte[] contactSheet(Long facilityId) {
        Facility facility = scope.facility(facilityId);
        List<Card> cards = forFacility(facilityId);
        audit.action("CONTACT_SHEET_PRINTED", "Facility", facilityId, caller.username(), null);
        return ContactSheetPdf.render(facility.getName(), cards, caller.username(), java.time.LocalDateTime.now());
    }

    /**
     * A facility named by its code (RGH) or its id, as the intranet portal links it; one outside the caller's scope is
     * not found, like one that does not exist.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_, Role.PORTAL_})
    public Facility facility(String codeOrId) {
        String wanted = codeOrId == null ? "" : codeOrId.trim();
        if (wanted.matches("\\d{1,18}")) {
            return scope.facility(Long.valueOf(wanted));
        }
        List<Facility> byCode = em.createQuery("select f from Facility f where upper(f.code) = :code", Facility.class)
                .setParameter("code", wanted.toUpperCase(java.util.Locale.ROOT)).getResultList();
        return scope.found(byCode.isEmpty() ? null : byCode.get(0), f -> scope.seesFacility(f.getId()), "Facility",
                null);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_, Role.PORTAL_})
    public List<Card> forFacility(Long facilityId) {
        scope.facility(facilityId);
        return em.createQuery("select r from Relationship r join fetch r.agency a left join fetch r.primaryContact"
                        + " left join fetch r.backupContact where r.facility.id = :facility and r.status = :active"
                        + " order by lower(a.name), a.id", Relationship.class)
                .setParameter("facility", facilityId).setParameter("active", RelationshipStatus.ACTIVE)
                .getResultList().stream()
                // primary agencies first, then secondary, then mutual aid (the enum's order, not its spelling)
                .sorted(java.util.Comparator.comparing(Relationship::getRole))
                .map(r -> new Card(r.getAgency().getId(), r.getAgency().getName(), r.getAgency().getType().name(),
                        r.getRole().name(), r.getAgency().getDispatchPhone(), r.getAgency().getNonEmergencyPhone(),
                        Line.of(r.getPrimaryContact()), Line.of(r.getBackupContact())))
                .toList();
    }
}
