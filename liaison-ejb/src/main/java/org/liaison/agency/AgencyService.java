package org.liaison.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.relationship.RelationshipRole;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/** The agency directory: search, read, create, change and remove agencies within the caller's scope. */
@Stateless
public class AgencyService {

    private static final Set<String> SORTABLE = Set.of("name", "type", "jurisdiction");
    /** A new agency starts as a secondary relationship reviewed quarterly until the manager says otherwise. */
    private static final int DEFAULT_CADENCE_DAYS = 90;

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Scope scope;

    @Inject
    Caller caller;

    @Inject
    Validation validation;

    @EJB
    AuditTrail audit;

    @Inject
    ContactRemoval removal;

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<AgencySummary> search(AgencyFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ").append(scope.agencies("a"));
        Map<String, Object> params = new HashMap<>();
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and lower(a.name) like :name");
            params.put("name", like(filter.name()));
        }
        if (filter.type() != null) {
            where.append(" and a.type = :type");
            params.put("type", filter.type());
        }
        if (filter.jurisdiction() != null && !filter.jurisdiction().isBlank()) {
            where.append(" and lower(a.jurisdiction) like :jurisdiction");
            params.put("jurisdiction", like(filter.jurisdiction()));
        }
        if (filter.facilityId() != null) {
            where.append(" and exists (select fr.id from Relationship fr where fr.agency = a"
                    + " and fr.facility.id = :facilityId)");
            params.put("facilityId", filter.facilityId());
        }
        String sort = page.sortFieldOr(SORTABLE, "name");
        // names sort as people read them (ATF after Ashford), in the database
        String key = "type".equals(sort) ? "a.type" : "lower(a." + sort + ")";
        String order = " order by " + key + (page.ascending() ? " asc" : " desc") + ", a.id";
        TypedQuery<AgencySummary> query = em.createQuery("select new org.liaison.agency.AgencySummary(a.id,"
                + " a.version, a.name, a.type, a.jurisdiction, a.nonEmergencyPhone, a.dispatchPhone,"
                + " (select count(c) from Contact c where c.agency = a)) from Agency a" + where + order,
                AgencySummary.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Agency a" + where, Long.class);
        scope.bind(query);
        scope.bind(count);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Agency find(Long id) {
        return scope.agency(id);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public boolean canEdit(Long id) {
        return scope.canEdit(scope.agency(id));
    }

    /** True for a partner: they see their own agency, not the hospital's history with it. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public boolean isPartnerView() {
        return caller.isPartner();
    }

    /** Facilities the caller may attach a new agency to. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public List<Facility> facilitiesForNewAgency() {
        return scope.bind(em.createQuery("select f from Facility f where " + scope.byFacility("f.id")
                + " order by f.name", Facility.class)).getResultList();
    }

    /**
     * Adds an agency. A manager must name one of their facilities, which starts a relationship between the two, so
     * the new agency is in their scope from the start.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Agency create(Agency agency, Long facilityId) {
        agency.setId(null);
        validation.check(agency);
        Facility facility = facilityId == null ? null : scope.facilityRef(facilityId, "facilityId");
        if (facility == null && !caller.seesAllFacilities()) {
            throw InvalidInput.of("facilityId", "Choose the facility that works with this agency.");
        }
        em.persist(agency);
        em.flush();
        audit.created(agency);
        if (facility != null) {
            Relationship relationship = new Relationship(facility, agency, RelationshipRole.SECONDARY,
                    DEFAULT_CADENCE_DAYS, java.time.LocalDate.now());
            if (caller.has(Role.MANAGER)) {
                // the manager who brings an agency in keeps the relationship current until they hand it over
                relationship.handOverTo(em.find(org.liaison.domain.account.UserAccount.class, caller.userId()));
            }
            em.persist(relationship);
            em.flush();
            audit.created(relationship);
        }
        return agency;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Agency update(Agency edited) {
        validation.check(edited);
        Agency agency = scope.editableAgency(edited.getId());
        if (agency.getVersion() != edited.getVersion()) {
            throw new StaleRecord("Agency", edited.getId());
        }
        Map<String, Object> before = agency.auditSnapshot();
        agency.updateFrom(edited);
        em.flush();
        audit.changed(before, agency);
        return agency;
    }

    /** Removes the agency with its contacts and relationships; refused while partner accounts belong to it. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public void delete(Long id, long version) {
        Agency agency = scope.editableAgency(id);
        if (agency.getVersion() != version) {
            throw new StaleRecord("Agency", id);
        }
        long partners = em.createQuery("select count(u) from UserAccount u where u.partnerAgency = :agency",
                Long.class).setParameter("agency", agency).getSingleResult();
        if (partners > 0) {
            throw new DomainRuleViolation("agency.hasPartners",
                    "Partner accounts belong to this agency; move or disable them first.");
        }
        long history = em.createQuery("select count(e) from Engagement e where e.agency = :agency", Long.class)
                .setParameter("agency", agency).getSingleResult()
                + em.createQuery("select count(g) from Agreement g join g.agencies a where a = :agency", Long.class)
                .setParameter("agency", agency).getSingleResult()
                + em.createQuery("select count(ca) from ContactAffiliation ca where ca.agency = :agency"
                        + " and ca.contact.agency <> :agency", Long.class)
                .setParameter("agency", agency).getSingleResult();
        if (history > 0) {
            throw new DomainRuleViolation("agency.hasHistory", "This agency has engagements, agreements or former"
                    + " contacts on record; they must stay, so the agency cannot be deleted.");
        }
        for (Contact contact : em.createQuery("select c from Contact c where c.agency = :agency", Contact.class)
                .setParameter("agency", agency).getResultList()) {
            removal.remove(contact);
        }
        for (Relationship relationship : em.createQuery("select r from Relationship r where r.agency = :agency",
                Relationship.class).setParameter("agency", agency).getResultList()) {
            audit.deleted(relationship);
            em.remove(relationship);
        }
        em.flush();
        audit.deleted(agency);
        em.remove(agency);
    }

    private static String like(String text) {
        return "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%";
    }
}
