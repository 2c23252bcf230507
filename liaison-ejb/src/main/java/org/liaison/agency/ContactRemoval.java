package org.liaison.agency;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.notification.NotificationService;
import org.liaison.security.Caller;

/**
 * Removes a contact entered by mistake or no longer needed. A person named in the record of what happened (an
 * engagement, a meeting's attendance, an exercise, an action item, a former agency's history) stays: those records
 * belong to the hospitals that keep them, often more than one, and the affiliation history is kept when people move.
 * Their direct-line roles on relationships are released, each change audited and its owner told.
 */
@Dependent
class ContactRemoval {

    /** Where a person can be named, in the words the refusal uses. */
    private static final OnRecord RECORDS = new OnRecord()
            .kind("engagements", "select e.id from Engagement e join e.contacts p where p = :it")
            .kind("meetings", "select a.id from MeetingAttendee a where a.contact = :it")
            .kind("action items", "select i.id from ActionItem i where i.ownerContact = :it")
            .kind("exercises", "select x.id from ExerciseAgency x where x.pointOfContact = :it")
            .kind("exercise registrations", "select r.id from Registration r where r.contact = :it")
            .kind("a former agency's history",
                    "select ca.id from ContactAffiliation ca where ca.contact = :it and ca.agency <> ca.contact.agency");

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    NotificationService notifications;

    @Inject
    Caller caller;

    void remove(Contact contact) {
        List<String> namedIn = recordsNaming(contact);
        if (!namedIn.isEmpty()) {
            throw new DomainRuleViolation("contact.onRecord", contact.getDisplayName() + " is named in "
                    + OnRecord.inWords(namedIn) + "; that record must stay, so they cannot be deleted."
                    + " Correct their details, move them to the agency they serve now, or record that they left.");
        }
        releaseFromDirectLines(contact, "was removed from the directory");
        em.flush();
        em.createQuery("delete from ContactAffiliation ca where ca.contact = :c").setParameter("c", contact)
                .executeUpdate();
        audit.deleted(contact);
        em.remove(contact);
    }

    /**
     * No relationship keeps this person as its direct line or backup; each relationship changed is audited, and its
     * owner, unless they are the one making the change, is told why ({@code why}: "left … on …") and asked to choose
     * someone else: the relationship may be another hospital's, whose manager would otherwise not know.
     */
    void releaseFromDirectLines(Contact contact, String why) {
        for (Relationship relationship : em.createQuery("select r from Relationship r left join fetch r.owner"
                + " where r.primaryContact = :c or r.backupContact = :c", Relationship.class)
                .setParameter("c", contact).getResultList()) {
            Map<String, Object> before = relationship.auditSnapshot();
            boolean wasPrimary = contact.equals(relationship.getPrimaryContact());
            relationship.release(contact);
            audit.changed(before, relationship);
            if (relationship.getOwner() != null && !relationship.getOwner().getId().equals(caller.userId())) {
                notifications.notify(relationship.getOwner(), releaseNotice(contact, why, wasPrimary, relationship),
                        "/relationships/view?id=" + relationship.getId());
            }
        }
    }

    /** "Sgt X left Y on D and is no longer the direct line of H's relationship with Y. Choose who to call there now." */
    private static String releaseNotice(Contact contact, String why, boolean wasPrimary, Relationship relationship) {
        Contact backup = relationship.getBackupContact();
        return contact.getDisplayName() + " " + why + " and is no longer the " + (wasPrimary ? "direct line" : "backup")
                + " of " + relationship.getFacility().getName() + "'s relationship with "
                + relationship.getAgency().getName() + ". " + (!wasPrimary ? "Choose a new backup."
                        : backup != null ? backup.getDisplayName() + " is still its backup; choose a new direct line."
                        : "Choose who to call there now.");
    }

    /** The kinds of record that name this person, e.g. "meetings"; empty when they may be removed. */
    List<String> recordsNaming(Contact contact) {
        return RECORDS.naming(em, contact);
    }
}
