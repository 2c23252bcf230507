package org.liaison.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.engagement.Engagement;
import org.liaison.domain.engagement.EngagementKind;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

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
    Scope scope;

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
        Facility facility = scope.facilityRef(facilityId, "facilityId");
        Agency agency = scope.agencyRef(agencyId, "agencyId");
        engagement.setId(null);
        engagement.setFacility(facility);
        engagement.setAgency(agency);
        if (contactIds != null) {
            for (Long contactId : contactIds) {
                org.liaison.domain.agency.Contact participant = scope.contactRef(contactId, agency, "contactIds");
                // a call made before they left is still theirs to be named on
                if (participant.hasLeft() && (engagement.getOccurredOn() == null
                        || engagement.getOccurredOn().isAfter(participant.getLeftOn()))) {
                    participant.requireServing("contactIds");
                }
                engagement.addParticipant(participant);
            }
        }
        UserAccount me = em.find(UserAccount.class, caller.userId());
        if (me != null) {
            engagement.getStaff().add(me);
        }
        return record(engagement);
    }

    /**
     * Records an engagement made by another capability (a meeting held, an exercise conducted); audited like any
     * other, and checked like any other: its facility and agency must be in the caller's scope.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public Engagement record(Engagement engagement) {
        validation.check(engagement);
        scope.facilityRef(engagement.getFacility().getId(), "facilityId");
        scope.agencyRef(engagement.getAgency().getId(), "agencyId");
        engagement.recorded(caller.username(), LocalDateTime.now());
        em.persist(engagement);
        em.flush();
        audit.created(engagement);
        return engagement;
    }

    /** One engagement, when its facility is in the caller's scope. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Engagement find(Long id) {
        return scope.found(id == null ? null : em.find(Engagement.class, id),
                e -> scope.seesFacility(e.getFacility().getId()), "Engagement", id);
    }

    /**
     * Corrects an engagement's kind, date or summary, audited with before and after. Officers correct what they
     * recorded themselves; managers, directors and administrators any engagement in their scope.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public Engagement correct(Long id, long version, EngagementKind kind, LocalDate occurredOn, String summary) {
        Engagement engagement = find(id);
        if (engagement.getVersion() != version) {
            throw new StaleRecord("Engagement", id);
        }
        if (!caller.hasAny(Role.ADMIN, Role.DIRECTOR, Role.MANAGER)
                && !caller.username().equals(engagement.getRecordedBy())) {
            throw new DomainRuleViolation("engagement.correct.notOwn",
                    "Officers correct the engagements they recorded; ask a manager to correct this one.");
        }
        Map<String, Object> before = engagement.auditSnapshot();
        engagement.correct(kind, occurredOn, summary);
        validation.check(engagement);
        em.flush();
        audit.changed(before, engagement);
        return engagement;
    }

    /** Engagements in scope, newest first, optionally of one agency and/or one facility. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Page<Engagement> search(Long facilityId, Long agencyId, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ").append(scope.byFacility("e.facility.id"));
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
            scope.bind(q);
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
