package org.liaison.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Scope;
import org.liaison.domain.training.Registration;
import org.liaison.training.RegistrationCancellation;

/** The people at each agency: read by everyone in scope, kept current by managers and above. */
@Stateless
public class ContactService {

    private static final Set<String> SORTABLE = Set.of("lastName", "firstName", "rank", "unit", "verifiedAt");

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Scope scope;

    @Inject
    Validation validation;

    @EJB
    AuditTrail audit;

    @Inject
    ContactRemoval removal;

    @Inject
    RegistrationCancellation places;

    @Inject
    ContactCommitments commitments;

    /** Contacts in scope who serve at their agency now: the directory. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<Contact> search(Long agencyId, String name, PageRequest page) {
        return search(agencyId, name, false, page);
    }

    /**
     * Contacts in scope, optionally of one agency and matching a name: those serving now, or (formerOnly) those who
     * left. The agency comes in the same query.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<Contact> search(Long agencyId, String name, boolean formerOnly, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ").append(scope.agencies("a"))
                .append(formerOnly ? " and c.leftOn is not null" : " and c.leftOn is null");
        if (agencyId != null) {
            where.append(" and a.id = :agencyId");
        }
        if (name != null && !name.isBlank()) {
            where.append(" and (lower(c.lastName) like :name or lower(c.firstName) like :name)");
        }
        String sort = page.sortFieldOr(SORTABLE, "lastName");
        TypedQuery<Contact> query = em.createQuery("select c from Contact c join fetch c.agency a" + where
                + " order by " + ("verifiedAt".equals(sort) ? "c.verifiedAt" : "lower(c." + sort + ")")
                + (page.ascending() ? " asc" : " desc") + ", c.id", Contact.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Contact c join c.agency a" + where, Long.class);
        scope.bind(query);
        scope.bind(count);
        if (agencyId != null) {
            query.setParameter("agencyId", agencyId);
            count.setParameter("agencyId", agencyId);
        }
        if (name != null && !name.isBlank()) {
            String like = "%" + name.trim().toLowerCase(java.util.Locale.ROOT) + "%";
            query.setParameter("name", like);
            count.setParameter("name", like);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    /** How many contacts in scope nobody confirmed in the last 180 days (or ever). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public long countVerificationDue(LocalDate today) {
        TypedQuery<Long> count = em.createQuery("select count(c) from Contact c join c.agency a where "
                + scope.agencies("a") + " and c.leftOn is null and (c.verifiedAt is null or c.verifiedAt < :since)",
                Long.class);
        scope.bind(count);
        return count.setParameter("since", today.minusDays(Contact.VERIFICATION_VALID_DAYS)).getSingleResult();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Contact find(Long id) {
        return scope.contact(id);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Contact create(Contact contact, Long agencyId) {
        Agency agency = scope.agencyRef(agencyId, "agencyId");
        contact.setId(null);
        contact.setAgency(agency);
        validation.check(contact);
        contact.startAffiliation(LocalDate.now());
        em.persist(contact);
        em.flush();
        audit.created(contact);
        return contact;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Contact update(Contact edited) {
        return update(edited, null);
    }

    /**
     * Changes a contact. A new agency, unit or rank closes the current affiliation and opens another, so the
     * history stays; moving to another agency needs that agency to be in the caller's scope too.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Contact update(Contact edited, Long newAgencyId) {
        Contact contact = seen(edited.getId(), edited.getVersion());
        Agency target = newAgencyId == null || newAgencyId.equals(contact.getAgency().getId()) ? contact.getAgency()
                : scope.agencyRef(newAgencyId, "agencyId");
        edited.setAgency(target);
        validation.check(edited);
        Map<String, Object> before = contact.auditSnapshot();
        contact.moveTo(target, edited.getUnit(), edited.getRank(), LocalDate.now());
        contact.updateFrom(edited);
        em.flush();
        audit.changed(before, contact);
        return contact;
    }

    /** A manager confirms in one action that the contact's details are current. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Contact verify(Long id, LocalDate today) {
        Contact contact = editable(id);
        Map<String, Object> before = contact.auditSnapshot();
        contact.verify(today);
        em.flush();
        audit.changed(before, contact);
        return contact;
    }

    /**
     * Records that the contact left their agency on that day. Everything that names them stays; they are released
     * from the relationships' direct lines and give up their places at exercises still to come (each change audited,
     * each freed place to the next on the waitlist), and are no longer offered for anything new.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Departure markLeft(Long id, long version, LocalDate on, LocalDate today) {
        Contact contact = changeSeen(id, version, leaving -> {
            leaving.leave(on, today);
            removal.releaseFromDirectLines(leaving, "left " + leaving.getAgency().getName() + " on " + on);
        });
        List<Registration> cancelled = places.cancelUpcomingOf(contact, contact.departureNote(), today);
        // places at other hospitals' exercises are given up too, but the caller is told only of those they may see
        int cancelledInScope = (int) cancelled.stream()
                .filter(place -> scope.seesFacility(place.getExercise().getFacility().getId())).count();
        return new Departure(contact, cancelledInScope, commitments.of(contact.getId()));
    }

    /**
     * A recorded departure: how many places at upcoming exercises the caller may see it gave up, and what still names
     * the person, read in the same transaction.
     */
    public record Departure(Contact contact, int cancelledRegistrations, StillNamedOn stillNamedOn) {
    }

    /**
     * Their leaving was recorded by mistake: listed again, on the affiliation it had ended. The places it gave up stay
     * given up (someone else may hold them now); they register again if they still come.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Contact undoLeaving(Long id, long version) {
        return changeSeen(id, version, Contact::undoLeaving);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public void delete(Long id, long version) {
        removal.remove(seen(id, version));
    }

    /** Changes the contact the caller saw (the version they read), audited. */
    private Contact changeSeen(Long id, long version, java.util.function.Consumer<Contact> change) {
        Contact contact = seen(id, version);
        Map<String, Object> before = contact.auditSnapshot();
        change.accept(contact);
        em.flush();
        audit.changed(before, contact);
        return contact;
    }

    /** The contact the caller may edit, as they read it: out of scope is 404, another version 409. */
    private Contact seen(Long id, long version) {
        Contact contact = editable(id);
        if (contact.getVersion() != version) {
            throw new StaleRecord("Contact", id);
        }
        return contact;
    }

    private Contact editable(Long id) {
        return scope.editableContact(id);
    }
}
