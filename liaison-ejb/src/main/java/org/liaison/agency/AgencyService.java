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
import org.liaison.domain.training.AgencyBlackout;
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

    /** Where an agency can be named besides its own contacts, relationships and blackouts. */
    private static final OnRecord HISTORY = new OnRecord()
            .kind("engagements", "select e.id from Engagement e where e.agency = :it")
            .kind("agreements", "select g.id from Agreement g join g.agencies a where a = :it")
            .kind("meetings", "select m.id from Meeting m join m.agencies a where a = :it")
            .kind("meeting series", "select m.id from MeetingSeries m join m.agencies a where a = :it")
            .kind("community events", "select v.id from CommunityEvent v join v.agencies a where a = :it")
            .kind("exercises", "select x.id from ExerciseAgency x where x.agency = :it")
            .kind("exercise registrations", "select r.id from Registration r where r.agency = :it")
            .kind("incidents", "select i.id from Incident i where i.agency = :it")
            .kind("reviews", "select v.id from Review v join v.agencies a where a = :it")
            .kind("review comments", "select c.id from ReviewComment c where c.agency = :it")
            .kind("corrective actions", "select c.id from CorrectiveAction c where c.responsibleAgency = :it")
            .kind("bulletins", "select b.id from Bulletin b where b.sourceAgency = :it")
            .kind("bulletin audiences", "select b.id from Bulletin b join b.audienceAgencies a where a = :it")
            .kind("bulletin deliveries", "select r.id from BulletinRecipient r where r.agency = :it")
            .kind("disclosures", "select d.id from Disclosure d where d.agency = :it")
            .kind("accounting suspensions", "select s.id from AccountingSuspension s where s.agency = :it")
            .kind("former contacts' history",
                    "select ca.id from ContactAffiliation ca where ca.agency = :it and ca.contact.agency <> :it");

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
                + " (select count(c) from Contact c where c.agency = a and c.leftOn is null)) from Agency a" + where + order,
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
        long sharedWith = scope.bind(em.createQuery("select count(r) from Relationship r where r.agency = :agency"
                + " and not (" + scope.byFacility("r.facility.id") + ")", Long.class))
                .setParameter("agency", agency).getSingleResult();
        if (sharedWith > 0) {
            // deleting it would end another hospital's relationship, which only someone who sees that hospital may do
            throw new DomainRuleViolation("agency.shared", "Another hospital works with this agency too, so only a"
                    + " director can delete it. To stop working with it yourself, end your relationship instead.");
        }
        List<String> namedIn = HISTORY.naming(em, agency);
        if (!namedIn.isEmpty()) {
            throw new DomainRuleViolation("agency.hasHistory", "This agency is named in " + OnRecord.inWords(namedIn)
                    + "; that record must stay, so the agency cannot be deleted.");
        }
        List<Contact> contacts = em.createQuery("select c from Contact c where c.agency = :agency", Contact.class)
                .setParameter("agency", agency).getResultList();
        for (Contact contact : contacts) {
            List<String> contactNamedIn = removal.recordsNaming(contact);
            if (!contactNamedIn.isEmpty()) {
                throw new DomainRuleViolation("agency.hasHistory", contact.getDisplayName() + " of this agency is"
                        + " named in " + OnRecord.inWords(contactNamedIn) + "; that record must stay, so the agency"
                        + " cannot be deleted.");
            }
        }
        for (AgencyBlackout blackout : em.createQuery("select b from AgencyBlackout b where b.agency = :agency",
                AgencyBlackout.class).setParameter("agency", agency).getResultList()) {
            audit.deleted(blackout);
            em.remove(blackout);
        }
        for (Contact contact : contacts) {
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
