package org.liaison.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.liaison.agency.AgencyScope;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.engagement.Engagement;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;

/**
 * The engagement log. Officers log the calls and visits they make; every engagement resets the relationship's
 * cadence clock. Later capabilities (meetings, community events, exercises) record theirs through {@link #record}.
 */
@Stateless
public class EngagementService {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AgencyScope agencies;

    @Inject
    Validation validation;

    @EJB
    AuditTrail audit;

    /** Logs an engagement for a facility in the caller's scope with an agency they can see. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public Engagement log(Engagement engagement, Long facilityId, Long agencyId, Set<Long> contactIds) {
        if (facilityId == null) {
            throw InvalidInput.of("facilityId", "Choose the facility.");
        }
        if (agencyId == null) {
            throw InvalidInput.of("agencyId", "Choose the agency.");
        }
        caller.requireFacility(facilityId);
        Agency agency = agencies.visible(agencyId);
        engagement.setId(null);
        engagement.setFacility(em.find(Facility.class, facilityId));
        engagement.setAgency(agency);
        if (contactIds != null) {
            for (Long contactId : contactIds) {
                Contact contact = em.find(Contact.class, contactId);
                if (contact == null || !contact.getAgency().equals(agency)) {
                    throw InvalidInput.of("contactIds", "Participants must be contacts of " + agency.getName() + ".");
                }
                engagement.getContacts().add(contact);
            }
        }
        UserAccount me = em.find(UserAccount.class, caller.userId());
        if (me != null) {
            engagement.getStaff().add(me);
        }
        return record(engagement);
    }

    /** Records an engagement made by another capability (already checked by it); audited like any other. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public Engagement record(Engagement engagement) {
        validation.check(engagement);
        engagement.recorded(caller.username() == null ? "system" : caller.username(), LocalDateTime.now());
        em.persist(engagement);
        em.flush();
        audit.created(engagement);
        return engagement;
    }

    /** Engagements in scope, newest first, optionally of one agency and/or one facility. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Page<Engagement> search(Long facilityId, Long agencyId, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!caller.seesAllFacilities()) {
            where.append(" and e.facility.id in :scope");
        }
        if (facilityId != null) {
            where.append(" and e.facility.id = :facility");
        }
        if (agencyId != null) {
            where.append(" and e.agency.id = :agency");
        }
        TypedQuery<Engagement> query = em.createQuery("select e from Engagement e join fetch e.facility"
                + " join fetch e.agency" + where + " order by e.occurredOn desc, e.id desc", Engagement.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from Engagement e" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (!caller.seesAllFacilities()) {
                q.setParameter("scope", caller.facilityIdsForQuery());
            }
            if (facilityId != null) {
                q.setParameter("facility", facilityId);
            }
            if (agencyId != null) {
                q.setParameter("agency", agencyId);
            }
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }
}
