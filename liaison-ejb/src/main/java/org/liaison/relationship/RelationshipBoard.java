package org.liaison.relationship;

import static org.liaison.platform.SqlNumbers.longOf;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.liaison.domain.account.Role;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.agreement.AgreementStatus;
import org.liaison.domain.relationship.CadenceClock;
import org.liaison.domain.relationship.RelationshipRole;
import org.liaison.domain.relationship.RelationshipStatus;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.security.Scope;

/**
 * The relationships board: every relationship in scope with its last and next engagement, primary contact and
 * agreement in force. Health depends on today; it is derived in SQL ({@link CadenceSql}), so the database filters by
 * it, sorts worst first and cuts the page, and only the page's rows are read (one query for the page's ids and the
 * total, one for their facts, whatever the number of relationships). The dashboard counts are grouped counts.
 */
@Stateless
public class RelationshipBoard {

    private static final Set<String> SORTABLE = Set.of("health", "agencyName", "facilityName", "lastEngagement");

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Scope scope;

    @Inject
    org.liaison.security.Caller caller;

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Page<RelationshipRow> board(BoardFilter filter, LocalDate today, PageRequest page) {
        String worstFirst = "b.severity desc, case when b.ratio is null then 0 else 1 end, b.ratio desc,"
                + " lower(b.facility_name), lower(b.agency_name), b.id";
        String direction = page.ascending() ? " asc" : " desc";
        String order = switch (page.sortFieldOr(SORTABLE, "health")) {
            // names as people read them ("ATF" after "Ashford"); the worst first among equals
            case "agencyName" -> "lower(b.agency_name)" + direction + ", " + worstFirst;
            case "facilityName" -> "lower(b.facility_name)" + direction + ", " + worstFirst;
            case "lastEngagement" -> "b.last_on" + direction + (page.ascending() ? " nulls first, " : " nulls last, ")
                    + worstFirst;
            default -> worstFirst;
        };
        CadenceSql sql = CadenceSql.inScope(caller, today)
                .where("r.facility_id =", filter.facilityId())
                .where("r.agency_id =", filter.agencyId())
                .where("a.agency_type =", filter.agencyType() == null ? null : filter.agencyType().name())
                .where("r.owner_id =", filter.ownerId());
        String ranked = "select b.id, count(*) over () as total from (select k.id, " + CadenceSql.SEVERITY
                + " as severity, " + CadenceSql.OVERDUE_RATIO + " as ratio, k.facility_name, k.agency_name, k.last_on"
                + " from (" + sql.clocks() + ") k) b"
                + (filter.health() == null ? "" : " where b.severity = " + filter.health().severity())
                + " order by " + order;
        List<Object[]> ids = nativeRows(ranked + " offset " + page.offset() + " rows fetch next " + page.limit()
                + " rows only", sql);
        long total;
        if (!ids.isEmpty()) {
            total = longOf(ids.get(0)[1]);
        } else if (page.offset() == 0) {
            total = 0;
        } else {
            List<Object[]> all = nativeRows(ranked, sql);
            total = all.isEmpty() ? 0 : longOf(all.get(0)[1]);
        }
        List<Long> pageIds = ids.stream().map(row -> longOf(row[0])).toList();
        if (pageIds.isEmpty()) {
            return new Page<>(List.of(), total);
        }
        java.util.Map<Long, RelationshipRow> byId = rows(filter, pageIds, today).stream()
                .collect(java.util.stream.Collectors.toMap(RelationshipRow::id, r -> r));
        return new Page<>(pageIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), total);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> nativeRows(String statement, CadenceSql sql) {
        jakarta.persistence.Query query = em.createNativeQuery(statement);
        List<Object> parameters = sql.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    /** One relationship's line of the board (its health today), within the caller's scope. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public java.util.Optional<RelationshipRow> row(Long facilityId, Long agencyId, LocalDate today) {
        return rows(new BoardFilter(facilityId, null, null, null, agencyId), today).stream().findFirst();
    }

    /**
     * The director's questions about relationships (domain brief 1, 2 and 10): how many active relationships are
     * within cadence, due or lapsed; how many primary contacts were verified within the verification window (180 days); how many have an
     * agreement in force, and how many agreements expire within 90 days or have expired. Three queries.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Summary summary(LocalDate today) {
        return summarise(null, today);
    }

    /**
     * The same counts for one facility (what the intranet portal shows on a hospital's page); a facility outside the
     * caller's scope is not found.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_, Role.PORTAL_})
    public Summary facilitySummary(Long facilityId, LocalDate today) {
        scope.facility(facilityId);
        return summarise(facilityId, today);
    }

    private Summary summarise(Long facilityId, LocalDate today) {
        long[] counts = new long[4];
        clockCounts(facilityId, today).values().forEach(c -> {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += c[i];
            }
        });
        String oneFacility = facilityId == null ? "" : " and r.facility.id = :facilityId";
        TypedQuery<Object[]> primaries = scope.bind(em.createQuery("select count(pc), sum(case when pc.verifiedAt"
                + " >= :since then 1 else 0 end) from Relationship r join r.primaryContact pc where r.status = :active"
                + " and " + scope.byFacility("r.facility.id") + oneFacility, Object[].class))
                .setParameter("since", today.minusDays(Contact.VERIFICATION_VALID_DAYS)).setParameter("active", RelationshipStatus.ACTIVE);
        String partyOfFacility = facilityId == null ? "" : " and exists (select gf.id from Agreement g2 join"
                + " g2.facilities gf where g2 = g and gf.id = :facilityId)";
        TypedQuery<Object[]> agreements = scope.bind(em.createQuery("select sum(case when g.status in :inForce and"
                + " g.period.expiresOn <= :horizon then 1 else 0 end), sum(case when g.status = :expired then 1 else 0 end)"
                + " from Agreement g where " + scope.anyParty("Agreement", "g", "facilities", "agencies")
                + partyOfFacility, Object[].class))
                .setParameter("inForce", AgreementStatus.IN_FORCE).setParameter("horizon", today.plusDays(90))
                .setParameter("expired", AgreementStatus.EXPIRED);
        if (facilityId != null) {
            primaries.setParameter("facilityId", facilityId);
            agreements.setParameter("facilityId", facilityId);
        }
        Object[] p = primaries.getSingleResult();
        Object[] a = agreements.getSingleResult();
        return new Summary(counts[0], counts[1], counts[2], counts[0] - counts[1] - counts[2], longOf(p[0]),
                longOf(p[1]), counts[3], longOf(a[0]), longOf(a[1]));
    }

    /**
     * The hospitals side by side, as a director compares them first (domain brief 1, 2 and 10): per facility in scope,
     * its active relationships within cadence, due and lapsed, its primary contacts verified within the window, and
     * its relationships with an agreement in force. The board query once, one grouped count, and the facility names.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public List<FacilityFigures> byFacility(LocalDate today) {
        java.util.Map<Long, long[]> active = clockCounts(null, today);
        java.util.Map<Long, long[]> verified = new java.util.HashMap<>();
        scope.bind(em.createQuery("select r.facility.id, count(pc), sum(case when pc.verifiedAt >= :since then 1"
                + " else 0 end) from Relationship r join r.primaryContact pc where r.status = :active and "
                + scope.byFacility("r.facility.id") + " group by r.facility.id", Object[].class))
                .setParameter("since", today.minusDays(Contact.VERIFICATION_VALID_DAYS))
                .setParameter("active", RelationshipStatus.ACTIVE).getResultList()
                .forEach(row -> verified.put((Long) row[0], new long[] {longOf(row[1]), longOf(row[2])}));
        return scope.bind(em.createQuery("select f.id, f.name from Facility f where " + scope.byFacility("f.id")
                + " order by lower(f.name), f.id", Object[].class)).getResultList().stream().map(f -> {
                    long[] c = active.getOrDefault((Long) f[0], new long[4]);
                    long[] contacts = verified.getOrDefault((Long) f[0], new long[2]);
                    return new FacilityFigures((Long) f[0], (String) f[1], c[0], c[1], c[2], c[0] - c[1] - c[2],
                            contacts[0], contacts[1], c[3]);
                }).toList();
    }

    /**
     * Per facility in scope (or the one given), its active relationships: how many, within cadence, due, and with an
     * agreement in force; counted by the database in one grouped statement.
     */
    private java.util.Map<Long, long[]> clockCounts(Long facilityId, LocalDate today) {
        CadenceSql sql = CadenceSql.inScope(caller, today).active().where("r.facility_id =", facilityId);
        java.util.Map<Long, long[]> counts = new java.util.HashMap<>();
        nativeRows("select b.facility_id, count(*), sum(case when b.severity = 0 then 1 else 0 end),"
                + " sum(case when b.severity = 1 then 1 else 0 end), sum(b.agreed) from (select k.facility_id, "
                + CadenceSql.SEVERITY + " as severity, k.agreed from (" + sql.clocks() + ") k) b"
                + " group by b.facility_id", sql).forEach(row -> counts.put(longOf(row[0]), new long[] {
                    longOf(row[1]), longOf(row[2]), longOf(row[3]), longOf(row[4])}));
        return counts;
    }

    /** One hospital's line of the breakdown; percentages derived from the counts. */
    public record FacilityFigures(Long facilityId, String name, long activeRelationships, long withinCadence, long due,
            long lapsed, long primaryContacts, long primaryContactsVerified, long withAgreementInForce)
            implements java.io.Serializable {

        public long percentWithinCadence() {
            return Summary.percent(withinCadence, activeRelationships);
        }

        public long percentPrimaryContactsVerified() {
            return Summary.percent(primaryContactsVerified, primaryContacts);
        }
    }

    /** Counts for the dashboard; percentages are derived, so they never disagree with the counts. */
    public record Summary(long activeRelationships, long withinCadence, long due, long lapsed, long primaryContacts,
            long primaryContactsVerified, long withAgreementInForce, long agreementsExpiringWithin90Days,
            long agreementsExpired) implements java.io.Serializable {

        public long percentWithinCadence() {
            return percent(withinCadence, activeRelationships);
        }

        public long percentPrimaryContactsVerified() {
            return percent(primaryContactsVerified, primaryContacts);
        }

        public long percentWithAgreement() {
            return percent(withAgreementInForce, activeRelationships);
        }

        private static long percent(long part, long whole) {
            return whole == 0 ? 0 : Math.round(100.0 * part / whole);
        }
    }

    /** The people who own relationships in scope, for the board's owner filter: id and name. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public List<Owner> owners() {
        TypedQuery<Object[]> query = scope.bind(em.createQuery("select distinct o.id, o.displayName from"
                + " Relationship r join r.owner o where " + scope.byFacility("r.facility.id") + " order by o.displayName",
                Object[].class));
        return query.getResultList().stream().map(row -> new Owner((Long) row[0], (String) row[1])).toList();
    }

    /** A relationship owner as the filter lists them. */
    public record Owner(Long id, String name) implements java.io.Serializable {
    }


    private List<RelationshipRow> rows(BoardFilter filter, LocalDate today) {
        return rows(filter, null, today);
    }

    private List<RelationshipRow> rows(BoardFilter filter, List<Long> ids, LocalDate today) {
        StringBuilder where = new StringBuilder(" where ").append(scope.byFacility("f.id"));
        if (ids != null) {
            where.append(" and r.id in :ids");
        }
        if (filter.facilityId() != null) {
            where.append(" and f.id = :facilityId");
        }
        if (filter.agencyId() != null) {
            where.append(" and a.id = :agencyId");
        }
        if (filter.agencyType() != null) {
            where.append(" and a.type = :agencyType");
        }
        if (filter.ownerId() != null) {
            where.append(" and o.id = :ownerId");
        }
        TypedQuery<Object[]> query = em.createQuery("select r.id, r.version, f.id, f.name, a.id, a.name, a.type,"
                + " r.role, r.cadenceDays, r.status, o.id, o.displayName,"
                + " (select max(e.occurredOn) from Engagement e where e.facility = f and e.agency = a"
                + "    and e.occurredOn <= :today),"
                + " (select min(n.occurredOn) from Engagement n where n.facility = f and n.agency = a"
                + "    and n.occurredOn > :today),"
                + " pc.id, pc.rank, pc.firstName, pc.lastName, pc.phone, r.startedOn"
                + " from Relationship r join r.facility f join r.agency a left join r.owner o"
                + " left join r.primaryContact pc" + where, Object[].class);
        scope.bind(query).setParameter("today", today);
        if (filter.facilityId() != null) {
            query.setParameter("facilityId", filter.facilityId());
        }
        if (filter.agencyId() != null) {
            query.setParameter("agencyId", filter.agencyId());
        }
        if (filter.agencyType() != null) {
            query.setParameter("agencyType", filter.agencyType());
        }
        if (filter.ownerId() != null) {
            query.setParameter("ownerId", filter.ownerId());
        }
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        List<Object[]> found = query.getResultList();
        java.util.Map<List<Long>, LocalDate> agreements = agreementsInForce(found);
        return found.stream().map(row -> toRow(row, agreements.get(List.of((Long) row[2], (Long) row[4])), today))
                .toList();
    }

    /**
     * When the agreements in force between the rows' hospitals and agencies expire, the latest per pair: one grouped
     * query for the page. As a subquery per row, H2 read every agreement in force for each row (by the status index).
     */
    private java.util.Map<List<Long>, LocalDate> agreementsInForce(List<Object[]> rows) {
        java.util.Map<List<Long>, LocalDate> latest = new java.util.HashMap<>();
        if (rows.isEmpty()) {
            return latest;
        }
        // native, with the ids (read just above) written in: as JPQL, EclipseLink joined the facility and agency
        // tables as well, and H2 took 88 ms
        String statement = "select gf.facility_id, ga.agency_id, max(g.expires_on) from agreement_facility gf"
                + " join agreement g on g.id = gf.agreement_id join agreement_agency ga on ga.agreement_id = g.id"
                + " where g.status in (" + CadenceSql.IN_FORCE + ") and gf.facility_id in (" + ids(rows, 2)
                + ") and ga.agency_id in (" + ids(rows, 4) + ") group by gf.facility_id, ga.agency_id";
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(statement).getResultList();
        found.forEach(row -> latest.put(List.of(longOf(row[0]), longOf(row[1])), date(row[2])));
        return latest;
    }

    private static String ids(List<Object[]> rows, int column) {
        return rows.stream().map(row -> String.valueOf((Long) row[column])).distinct()
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** Aggregates over date columns come back as java.sql.Date from some drivers. */
    private static LocalDate date(Object value) {
        if (value instanceof java.sql.Date sql) {
            return sql.toLocalDate();
        }
        return (LocalDate) value;
    }

    private static RelationshipRow toRow(Object[] r, LocalDate agreementExpiresOn, LocalDate today) {
        LocalDate last = date(r[12]);
        int cadence = ((Number) r[8]).intValue();
        Integer days = last == null ? null : (int) ChronoUnit.DAYS.between(last, today);
        CadenceClock clock = new CadenceClock(cadence, date(r[19]), last);
        String contactName = r[14] == null ? null
                : ((r[15] == null ? "" : r[15] + " ") + r[16] + " " + r[17]).trim();
        return new RelationshipRow((Long) r[0], ((Number) r[1]).longValue(), (Long) r[2], (String) r[3], (Long) r[4],
                (String) r[5], (AgencyType) r[6], (RelationshipRole) r[7], cadence, (RelationshipStatus) r[9],
                (Long) r[10], (String) r[11], clock.startedOn(), last, date(r[13]), days, clock.health(today),
                clock.overdueRatio(today), (Long) r[14], contactName, (String) r[18], agreementExpiresOn);
    }
}
