package org.liaison.relationship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.relationship.RelationshipRole;
import org.liaison.domain.relationship.RelationshipStatus;
import org.liaison.platform.PageRequest;
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
        Relationship relationship = scope.found(id == null ? null : em.find(Relationship.class, id),
                r -> scope.seesFacility(r.getFacility().getId()), "Relationship", id);
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

    /**
     * People who can own a relationship at a facility (its enabled managers) whose name or user name contains the
     * text: one page of them for a picker, ordered as people read, so the page never loads every account.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public List<UserAccount> possibleOwners(Long facilityId, String text, PageRequest page) {
        scope.facility(facilityId);
        String like = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("select u from UserAccount u"
                // EclipseLink binds a boolean as 1 on H2, which H2 2.2 refuses to compare with a boolean column
                + " where SQL('case when ? then 1 else 0 end', u.enabled) = 1"
                + " and exists (select m.id from UserAccount m join m.roles r where m = u and r = :manager)"
                + " and exists (select w.id from UserAccount w join w.facilities f where w = u and f.id = :facility)"
                + " and (lower(u.displayName) like :text or lower(u.username) like :text)"
                + " order by lower(u.displayName), u.id", UserAccount.class)
                .setParameter("manager", Role.MANAGER).setParameter("facility", facilityId)
                .setParameter("text", like)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public List<Contact> contactsOf(Long agencyId) {
        scope.agency(agencyId);
        return em.createQuery("select c from Contact c where c.agency.id = :agency and c.leftOn is null order by lower(c.lastName), lower(c.firstName), c.id",
                Contact.class).setParameter("agency", agencyId).getResultList();
    }

    private Contact contact(Long id, Relationship relationship, String field) {
        if (id == null) {
            return null;
        }
        Contact contact = scope.contactRef(id, relationship.getAgency(), field);
        if (!contact.equals(relationship.getPrimaryContact()) && !contact.equals(relationship.getBackupContact())) {
            contact.requireServing(field);
        }
        return contact;
    }

    /** What a manager sets on a relationship. */
    public record RelationshipTerms(RelationshipRole role, int cadenceDays, RelationshipStatus status, Long ownerId,
            String notes, Long primaryContactId, Long backupContactId) implements java.io.Serializable {
    }
}
