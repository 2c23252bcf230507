package org.liaison.agency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.liaison.domain.account.Role;
import org.liaison.domain.agency.Agency;
import org.liaison.platform.RecordNotFound;
import org.liaison.security.Caller;

/**
 * Which agencies the caller may see and change. Directors, auditors and administrators see all; managers and
 * officers see the agencies their facilities have a relationship with; a partner sees only their own agency.
 * Records outside scope answer as absent.
 */
@RequestScoped
public class AgencyScope {

    @Inject
    Caller caller;

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    /** A JPQL condition on the agency alias, to be combined with "and". */
    public String condition(String alias) {
        if (caller.seesAllFacilities()) {
            return "1 = 1";
        }
        if (caller.isPartner()) {
            return alias + ".id = :scopeAgencyId";
        }
        return "exists (select r.id from Relationship r where r.agency = " + alias
                + " and r.facility.id in :scopeFacilityIds)";
    }

    public void bind(TypedQuery<?> query) {
        if (caller.seesAllFacilities()) {
            return;
        }
        if (caller.isPartner()) {
            query.setParameter("scopeAgencyId", caller.partnerAgencyId());
        } else {
            query.setParameter("scopeFacilityIds", caller.facilityIdsForQuery());
        }
    }

    public Agency visible(Long agencyId) {
        Agency agency = agencyId == null ? null : em.find(Agency.class, agencyId);
        if (agency == null || !isVisible(agency)) {
            throw new RecordNotFound("Agency", agencyId);
        }
        return agency;
    }

    /** An agency the caller may change: managers within their facilities, directors and administrators anywhere. */
    public Agency editable(Long agencyId) {
        Agency agency = visible(agencyId);
        if (!caller.hasAny(Role.ADMIN, Role.DIRECTOR, Role.MANAGER)) {
            throw new RecordNotFound("Agency", agencyId);
        }
        return agency;
    }

    public boolean canEdit(Agency agency) {
        return caller.hasAny(Role.ADMIN, Role.DIRECTOR, Role.MANAGER) && isVisible(agency);
    }

    private boolean isVisible(Agency agency) {
        if (caller.seesAllFacilities()) {
            return true;
        }
        if (caller.isPartner()) {
            return agency.getId().equals(caller.partnerAgencyId());
        }
        TypedQuery<Long> query = em.createQuery("select count(r) from Relationship r where r.agency.id = :agencyId"
                + " and r.facility.id in :scopeFacilityIds", Long.class);
        query.setParameter("agencyId", agency.getId());
        query.setParameter("scopeFacilityIds", caller.facilityIdsForQuery());
        return query.getSingleResult() > 0;
    }
}
