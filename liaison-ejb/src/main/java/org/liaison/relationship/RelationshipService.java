package org.liaison.relationship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.relationship.RelationshipRole;
import org.liaison.domain.relationship.RelationshipStatus;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Scope;

/** One relationship: its terms (role, cadence, status, owner) and its direct lines (primary and backup contact). */
@Stateless
public class RelationshipService {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Scope scope;

    @Inject
    Validation validation;

    @EJB
    AuditTrail audit;

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Relationship find(Long id) {
        Relationship relationship = id == null ? null : em.find(Relationship.class, id);
        scope.require(relationship != null && scope.seesFacility(relationship.getFacility().getId()),
                "Relationship", id);
        relationship.getAgency().getName();
        relationship.getFacility().getName();
        return relationship;
    }

    /** Changes the terms and the direct lines in one go; managers within their facilities, directors anywhere. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Relationship update(Long id, long version, RelationshipTerms terms) {
        Relationship relationship = find(id);
        if (relationship.getVersion() != version) {
            throw new StaleRecord("Relationship", id);
        }
        if (terms.role() == null) {
            throw InvalidInput.of("role", "Choose the agency's role for this facility.");
        }
        if (terms.cadenceDays() < 1 || terms.cadenceDays() > 730) {
            throw InvalidInput.of("cadenceDays", "The contact cadence must be between 1 and 730 days.");
        }
        UserAccount owner = terms.ownerId() == null ? null
                : scope.ownerRef(terms.ownerId(), Set.of(relationship.getFacility().getId()), "ownerId");
        Map<String, Object> before = relationship.auditSnapshot();
        relationship.changeTerms(terms.role(), terms.cadenceDays(),
                terms.status() == null ? RelationshipStatus.ACTIVE : terms.status(), owner, terms.notes());
        relationship.assignContacts(contact(terms.primaryContactId(), relationship, "primaryContactId"),
                contact(terms.backupContactId(), relationship, "backupContactId"));
        validation.check(relationship);
        em.flush();
        audit.changed(before, relationship);
        return relationship;
    }

    /** People who can own a relationship at a facility: its managers. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public List<UserAccount> possibleOwners(Long facilityId) {
        scope.facility(facilityId);
        return em.createQuery("select distinct u from UserAccount u join u.roles r join u.facilities f"
                + " where r = :manager and f.id = :facility and u.enabled = true order by u.displayName",
                UserAccount.class).setParameter("manager", Role.MANAGER).setParameter("facility", facilityId)
                .getResultList();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public List<Contact> contactsOf(Long agencyId) {
        scope.agency(agencyId);
        return em.createQuery("select c from Contact c where c.agency.id = :agency order by c.lastName, c.firstName",
                Contact.class).setParameter("agency", agencyId).getResultList();
    }

    private Contact contact(Long id, Relationship relationship, String field) {
        return id == null ? null : scope.contactRef(id, relationship.getAgency(), field);
    }

    /** What a manager sets on a relationship. */
    public record RelationshipTerms(RelationshipRole role, int cadenceDays, RelationshipStatus status, Long ownerId,
            String notes, Long primaryContactId, Long backupContactId) implements java.io.Serializable {
    }
}
