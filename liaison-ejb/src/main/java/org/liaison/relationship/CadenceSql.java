package org.liaison.relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.liaison.domain.agreement.AgreementStatus;
import org.liaison.domain.relationship.Health;
import org.liaison.domain.relationship.RelationshipStatus;
import org.liaison.security.Caller;

/**
 * The board's cadence clocks as SQL, so that counting by health and sorting worst first happen in the database and
 * only one page of relationships is ever read: {@link Health#of} and {@code CadenceClock.overdueRatio} written for
 * H2 and PostgreSQL alike (a date minus whole days is a date on both; a date minus a date is not the same type on
 * both, so the overdue ratio goes through the epoch).
 *
 * <p>The clock runs since the last engagement on or before today, else since the relationship started. Lapsed: more
 * days than the cadence, i.e. started before {@code today - cadence}; due: more than 4/5 of the cadence, i.e. (in whole
 * days) started before {@code today - cadence * 4 / 5}. Parameter 1 is today, parameter 2 today's epoch day; the
 * caller's facilities are ids from their own record, written into the statement.
 */
final class CadenceSql {

    /** Severity as {@link Health#severity()}: 2 lapsed, 1 due, 0 within cadence. */
    static final String SEVERITY = "case when k.since is null or k.since < cast(?1 as date) - k.cadence_days then 2"
            + " when k.since < cast(?1 as date) - (k.cadence_days * 4 / 5) then 1 else 0 end";

    /** Days run over the cadence; a clock that never started ranks first (sort nulls first, descending). */
    static final String OVERDUE_RATIO = "(cast(?2 as double precision) - cast(extract(epoch from k.since)"
            + " as double precision) / 86400) / k.cadence_days";

    /** The statuses of an agreement in force, quoted for SQL. */
    static final String IN_FORCE = AgreementStatus.IN_FORCE.stream().map(s -> "'" + s.name() + "'")
            .sorted().collect(Collectors.joining(", "));

    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private CadenceSql(Caller caller, LocalDate today) {
        parameters.add(today);
        parameters.add(today.toEpochDay());
        if (caller.isPartner()) {
            where.append(" and 1 = 0");
        } else if (!caller.seesAllFacilities()) {
            where.append(" and r.facility_id in (").append(caller.facilityIdsForQuery().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(","))).append(')');
        }
    }

    /** The relationships in the caller's scope on the given day. */
    static CadenceSql inScope(Caller caller, LocalDate today) {
        return new CadenceSql(caller, today);
    }

    CadenceSql where(String condition, Object value) {
        if (value != null) {
            parameters.add(value);
            where.append(" and ").append(condition).append(" ?").append(parameters.size());
        }
        return this;
    }

    CadenceSql active() {
        where.append(" and r.status = '").append(RelationshipStatus.ACTIVE.name()).append('\'');
        return this;
    }

    List<Object> parameters() {
        return parameters;
    }

    /**
     * One row per relationship in scope (aliased {@code k}): id, facility, names, cadence, last engagement, the day the
     * clock runs since, and whether an agreement is in force between the two.
     */
    String clocks() {
        return "select q.*, coalesce(q.last_on, q.started_on) as since from ("
                + "select r.id, r.facility_id, r.cadence_days, r.started_on, f.name as facility_name,"
                + " a.name as agency_name, (select max(e.occurred_on) from engagement e where e.facility_id ="
                + " r.facility_id and e.agency_id = r.agency_id and e.occurred_on <= ?1) as last_on,"
                // the pairs with an agreement in force, read once: H2 ran a correlated "exists" per relationship
                // through the agreements' status index, 10x slower at 500 relationships
                + " case when (r.facility_id, r.agency_id) in (select gf.facility_id, ga.agency_id from agreement g"
                + " join agreement_facility gf on gf.agreement_id = g.id join agreement_agency ga on ga.agreement_id"
                + " = g.id where g.status in (" + IN_FORCE + ")) then 1 else 0 end as agreed"
                + " from relationship r join facility f on f.id = r.facility_id join agency a on a.id = r.agency_id"
                + " where 1 = 1" + where + ") q";
    }
}
