package org.liaison.feedback;

import static org.liaison.platform.SqlNumbers.longOf;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaison.domain.account.Role;
import org.liaison.domain.feedback.ActionStatus;
import org.liaison.domain.feedback.FindingKind;
import org.liaison.domain.feedback.ReviewStatus;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * The director's questions about the feedback loop, each answered by the database within the caller's scope:
 * review timeliness (4), corrective actions (5), repeat findings (6) and police response times (7).
 */
@Stateless
public class FeedbackDashboard {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    ReviewVisibility visibility;

    @EJB
    IncidentService incidents;

    /**
     * @param medianDaysToApproval median days from incident or exercise to approval, reviews approved in the last 12
     *                             months (null when none)
     * @param approved             reviews approved in the last 12 months
     * @param pending              reviews not yet approved
     * @param pendingOver30Days    of those, the ones whose incident or exercise is more than 30 days ago
     * @param openActions          corrective actions still to do
     * @param overdueActions       of those, past their due date
     * @param doneActions          completed or verified
     * @param doneByOriginalDue    of those, done on or before the due date first agreed
     * @param repeatReviews        reviews of the last 24 months with a repeat finding
     * @param repeatCapabilities   capabilities that repeat
     * @param responseTimes        police response time by agency, last 12 months
     */
    public record Summary(Double medianDaysToApproval, long approved, long pending, long pendingOver30Days,
            long openActions, long overdueActions, long doneActions, long doneByOriginalDue, long repeatReviews,
            long repeatCapabilities, List<ResponseTimes> responseTimes) implements Serializable {

        public long percentDoneByOriginalDue() {
            return doneActions == 0 ? 0 : Math.round(100.0 * doneByOriginalDue / doneActions);
        }

        /** The slowest 90th percentile, so a chart can scale its bars. */
        public double slowestP90() {
            return responseTimes.stream().mapToDouble(ResponseTimes::p90Minutes).max().orElse(1);
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public Summary summary(LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String visible = visibility.condition(params);

        Object[] timeliness = (Object[]) native1("select percentile_cont(0.5) within group (order by days_to_approval),"
                + " count(*) from review where approved_on >= ?1" + facilityCondition("facility_id"),
                today.minusMonths(12)).getSingleResult();
        Double median = timeliness[0] == null ? null : Math.round(((Number) timeliness[0]).doubleValue() * 10) / 10.0;

        // one pass over the reviews and one over the corrective actions, each counting every figure it feeds
        Object[] reviewCounts = query("select sum(case when r.occurredOn < :cutoff then 1 else 0 end), count(r)"
                + " from Review r where r.status in :pendingStatuses and " + visible, params)
                .setParameter("pendingStatuses", ReviewStatus.EDITABLE).setParameter("cutoff", today.minusDays(30))
                .getSingleResult();
        long pending = longOf(reviewCounts[1]);
        long pendingOld = longOf(reviewCounts[0]);
        long open = 0;
        long overdue = 0;
        long done = 0;
        long onTime = 0;
        for (Object[] row : query("select a.status, count(a), sum(case when a.dueOn < :today then 1 else 0 end),"
                + " sum(case when a.completedOn <= a.originalDueOn then 1 else 0 end) from CorrectiveAction a"
                + " join a.review r where " + visible + " group by a.status", params)
                .setParameter("today", today).getResultList()) {
            if (ActionStatus.OPEN.contains((ActionStatus) row[0])) {
                open += longOf(row[1]);
                overdue += longOf(row[2]);
            } else if (ActionStatus.DONE.contains((ActionStatus) row[0])) {
                done += longOf(row[1]);
                onTime += longOf(row[3]);
            }
        }

        Object[] repeats = query("select count(distinct r.id), count(distinct f.capability) from Finding f"
                + " join f.review r where f.kind = :afi and r.occurredOn >= :since and " + RepeatFindings.REPEATED
                + " and " + visible, params).setParameter("afi", FindingKind.AREA_FOR_IMPROVEMENT)
                .setParameter("since", today.minusMonths(24)).getSingleResult();

        return new Summary(median, longOf(timeliness[1]), pending, pendingOld, open, overdue, done, onTime,
                longOf(repeats[0]), longOf(repeats[1]),
                incidents.responseTimes(today.minusMonths(12), null, null));
    }

    private TypedQuery<Object[]> query(String jpql, Map<String, Object> params) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        scope.bind(query);
        params.forEach(query::setParameter);
        return query;
    }

    private Query native1(String sql, Object first) {
        return em.createNativeQuery(sql).setParameter(1, first);
    }

    /** Staff see their facilities (ids from their own record, never user input). */
    private String facilityCondition(String column) {
        if (caller.seesAllFacilities()) {
            return "";
        }
        return " and " + column + " in (" + caller.facilityIdsForQuery().stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")";
    }

}
