package org.liaison.agency;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.agency.Contact;

/**
 * Removes a contact and what hangs off it: their direct-line roles on relationships, their attendance at
 * engagements (the engagement itself stays) and their affiliation history. Audited.
 */
@Dependent
class ContactRemoval {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    AuditTrail audit;

    void remove(Contact contact) {
        em.createQuery("update Relationship r set r.primaryContact = null where r.primaryContact = :c")
                .setParameter("c", contact).executeUpdate();
        em.createQuery("update Relationship r set r.backupContact = null where r.backupContact = :c")
                .setParameter("c", contact).executeUpdate();
        em.createNativeQuery("delete from engagement_contact where contact_id = ?1").setParameter(1, contact.getId())
                .executeUpdate();
        em.createQuery("delete from ContactAffiliation ca where ca.contact = :c").setParameter("c", contact)
                .executeUpdate();
        audit.deleted(contact);
        em.remove(contact);
    }
}
