package org.liaison.facility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/** Hospitals and sites. Everyone reads the facilities in their scope; administrators maintain them. */
@Stateless
public class FacilityService {

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

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_, Role.PARTNER_})
    public Page<Facility> list(PageRequest page) {
        if (caller.isPartner()) {
            return new Page<>(List.of(), 0); // partners work with agencies, not with the hospital's facility list
        }
        String where = " where " + scope.byFacility("f.id");
        TypedQuery<Facility> query = scope.bind(em.createQuery("select f from Facility f" + where
                + " order by lower(f.name), f.id", Facility.class));
        TypedQuery<Long> count = scope.bind(em.createQuery("select count(f) from Facility f" + where, Long.class));
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Facility find(Long id) {
        return scope.facility(id);
    }

    @RolesAllowed(Role.ADMIN_)
    public Facility create(Facility facility) {
        facility.setId(null);
        validation.check(facility);
        requireUniqueCode(facility.getCode(), null);
        em.persist(facility);
        em.flush();
        audit.created(facility);
        return facility;
    }

    @RolesAllowed(Role.ADMIN_)
    public Facility update(Facility edited) {
        validation.check(edited);
        Facility facility = find(edited.getId());
        if (facility.getVersion() != edited.getVersion()) {
            throw new StaleRecord("Facility", edited.getId());
        }
        requireUniqueCode(edited.getCode(), edited.getId());
        Map<String, Object> before = facility.auditSnapshot();
        facility.updateFrom(edited);
        em.flush();
        audit.changed(before, facility);
        return facility;
    }

    private void requireUniqueCode(String code, Long exceptId) {
        List<Long> same = em.createQuery("select f.id from Facility f where f.code = :code", Long.class)
                .setParameter("code", code).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(exceptId))) {
            throw InvalidInput.of("code", "Another facility uses this code.");
        }
    }
}
