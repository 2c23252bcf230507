package org.liaison.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.feedback.Incident;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * Police-involved incidents: officers record them on shift, managers complete them and decide whether each needs a
 * review; directors read police response times by agency. Staff see their facilities' incidents; partners none.
 */
@Stateless
public class IncidentService {

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

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Page<Incident> search(IncidentFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Incident> query = em.createQuery("select i from Incident i join fetch i.agency"
                + " join fetch i.facility" + where + " order by i.occurredAt desc, i.id desc", Incident.class);
        TypedQuery<Long> count = em.createQuery("select count(i) from Incident i" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            scope.bind(q);
            params.forEach(q::setParameter);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    private String where(IncidentFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where ").append(scope.byFacility("i.facility.id"));
        if (filter.facilityId() != null) {
            where.append(" and i.facility.id = :facilityId");
            params.put("facilityId", filter.facilityId());
        }
        if (filter.agencyId() != null) {
            where.append(" and i.agency.id = :agencyId");
            params.put("agencyId", filter.agencyId());
        }
        if (filter.from() != null) {
            where.append(" and i.occurredAt >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.append(" and i.occurredAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.category() != null) {
            where.append(" and i.category = :category");
            params.put("category", filter.category());
        }
        if (filter.reviewState() != null) {
            String reviewed = "exists (select r.id from Review r where r.incident = i)";
            where.append(switch (filter.reviewState()) {
                case WAIVED -> " and i.waiverReason is not null";
                case REVIEWED -> " and " + reviewed;
                case NEEDS_REVIEW -> " and i.waiverReason is null and not " + reviewed;
            });
        }
        return where.toString();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Incident find(Long id) {
        Incident incident = scope.found(id == null ? null : em.find(Incident.class, id),
                i -> scope.seesFacility(i.getFacility().getId()), "Incident", id);
        incident.getAgency().getName();
        incident.getFacility().getName();
        return incident;
    }

    /** The review of the incident, if one was opened (its id), else null. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Long reviewOf(Long incidentId) {
        find(incidentId);
        return em.createQuery("select r.id from Review r where r.incident.id = :id", Long.class)
                .setParameter("id", incidentId).getResultStream().findFirst().orElse(null);
    }

    /** An officer's (or manager's) record on shift: facility and agency must be in the caller's scope. */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public Incident record(Incident incident, Long facilityId, Long agencyId) {
        incident.setId(null);
        if (facilityId != null) {
            incident.setFacility(scope.facilityRef(facilityId, "facilityId"));
        }
        if (agencyId != null) {
            incident.setAgency(scope.agencyRef(agencyId, "agencyId"));
        }
        validation.check(incident);
        incident.recordPoliceTimes(incident.getPoliceRequestedAt(), incident.getPoliceArrivedAt(),
                incident.getPoliceClearedAt());
        incident.recordedBy(caller.username());
        em.persist(incident);
        em.flush();
        audit.created(incident);
        return incident;
    }

    /** A manager completes (or corrects) the record. */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public Incident complete(Long id, long version, Incident edited) {
        Incident incident = current(id, version);
        edited.setFacility(incident.getFacility());
        edited.setAgency(incident.getAgency());
        validation.check(edited);
        Map<String, Object> before = incident.auditSnapshot();
        incident.complete(edited, caller.username());
        em.flush();
        audit.changed(before, incident);
        return incident;
    }

    /** No review for this one, for the reason given. */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public Incident waiveReview(Long id, long version, String reason) {
        Incident incident = current(id, version);
        Map<String, Object> before = incident.auditSnapshot();
        boolean hasReview = em.createQuery("select count(r) from Review r where r.incident = :i", Long.class)
                .setParameter("i", incident).getSingleResult() > 0;
        incident.waiveReview(reason, caller.username(), hasReview);
        em.flush();
        audit.changed(before, incident);
        return incident;
    }

    private Incident current(Long id, long version) {
        Incident incident = find(id);
        if (incident.getVersion() != version) {
            throw new StaleRecord("Incident", id);
        }
        return incident;
    }

    /**
     * Median and 90th percentile of police response time per agency, for incidents on or after {@code from} in the
     * caller's scope, computed by the database ({@code percentile_cont ... within group}) without loading incidents.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public List<ResponseTimes> responseTimes(LocalDate from, Long facilityId, Long agencyId) {
        StringBuilder sql = new StringBuilder("select i.agency_id, a.name, count(*),"
                + " percentile_cont(0.5) within group (order by i.response_seconds),"
                + " percentile_cont(0.9) within group (order by i.response_seconds)"
                + " from incident i join agency a on a.id = i.agency_id"
                + " where i.response_seconds is not null and i.occurred_at >= ?1");
        if (!caller.seesAllFacilities()) {
            // ids from the caller's own record, never user input
            sql.append(" and i.facility_id in (").append(caller.facilityIdsForQuery().stream().map(String::valueOf)
                    .collect(Collectors.joining(","))).append(')');
        }
        List<Object> args = new ArrayList<>(List.of(from.atStartOfDay()));
        if (facilityId != null) {
            args.add(facilityId);
            sql.append(" and i.facility_id = ?").append(args.size());
        }
        if (agencyId != null) {
            args.add(agencyId);
            sql.append(" and i.agency_id = ?").append(args.size());
        }
        sql.append(" group by i.agency_id, a.name order by 5 desc, a.name");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            query.setParameter(i + 1, args.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ResponseTimes(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), minutes(r[3]), minutes(r[4]))).toList();
    }

    private static double minutes(Object seconds) {
        return Math.round(((Number) seconds).doubleValue() / 60.0 * 10) / 10.0;
    }
}
