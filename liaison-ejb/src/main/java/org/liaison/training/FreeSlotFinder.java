package org.liaison.training;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.TimeWindow;

/**
 * The next free windows for an exercise, found by one query in the database: candidate starts are each day's
 * opening time and the end of everything that keeps the room or a required agency busy (exercises in that room,
 * exercises of the agencies, their blackout days); a candidate is free when nothing busy overlaps it and it fits in
 * the working day. The earliest free start of each day is suggested. Whole minutes make the arithmetic the same on
 * H2 and PostgreSQL.
 */
@Dependent
public class FreeSlotFinder {

    /** Exercises are suggested between 08:00 and 18:00. */
    static final int DAY_OPENS = 8 * 60;
    static final int DAY_CLOSES = 18 * 60;
    static final int MAX_DAYS = 400;

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    public List<FreeSlot> find(SlotQuery query, LocalDateTime now) {
        LocalDateTime fromTime = query.from().atStartOfDay();
        if (fromTime.isBefore(now)) {
            // not in the past: from the next half hour
            fromTime = now.truncatedTo(ChronoUnit.HOURS).plusMinutes(now.getMinute() < 30 ? 30 : 60);
        }
        long firstDay = TimeWindow.minute(query.from().atStartOfDay());
        long from = TimeWindow.minute(fromTime);
        long to = TimeWindow.minute(query.to().plusDays(1).atStartOfDay());
        int days = (int) Math.min(MAX_DAYS, ChronoUnit.DAYS.between(query.from(), query.to()) + 1);
        List<Object> params = new ArrayList<>(List.of(firstDay, days, from, query.durationMinutes(), to,
                query.facilityId(), Exercise.locationKey(query.location()),
                query.excludeExerciseId() == null ? -1L : query.excludeExerciseId()));
        String busy = busy(query, params);
        String sql = "select min(cand.c) from ("
                + " select cast(?1 as bigint) + d.n * 1440 + " + DAY_OPENS + " as c from day_offset d where d.n < ?2"
                + " union select b.e from (" + busy + ") b"
                + ") cand"
                + " where cand.c >= ?3 and cand.c + cast(?4 as bigint) <= ?5"
                + " and mod(cand.c, 1440) >= " + DAY_OPENS
                + " and mod(cand.c, 1440) + cast(?4 as bigint) <= " + DAY_CLOSES
                + " and not exists (select 1 from (" + busy + ") b2"
                + " where b2.s < cand.c + cast(?4 as bigint) and b2.e > cand.c)"
                + " group by (cand.c - mod(cand.c, 1440)) order by 1";
        Query slots = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            slots.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object> starts = slots.setMaxResults(Math.max(1, query.limit())).getResultList();
        return starts.stream().map(s -> TimeWindow.atMinute(((Number) s).longValue()))
                .map(s -> new FreeSlot(s, s.plusMinutes(query.durationMinutes()))).toList();
    }

    /** What keeps the room or a required agency busy, as (s, e) minute pairs within the range. */
    private static String busy(SlotQuery query, List<Object> params) {
        String inRange = " and x.status <> 'CANCELLED' and x.id <> ?8 and x.end_minute > ?3 and x.start_minute < ?5";
        StringBuilder sql = new StringBuilder("select x.start_minute as s, x.end_minute as e from exercise x"
                + " where x.facility_id = ?6 and x.location_key = ?7").append(inRange);
        if (!query.agencyIds().isEmpty()) {
            StringBuilder in = new StringBuilder();
            for (Long agencyId : query.agencyIds()) {
                params.add(agencyId);
                in.append(in.length() == 0 ? "" : ", ").append('?').append(params.size());
            }
            sql.append(" union all select x.start_minute, x.end_minute from exercise x join exercise_agency xa"
                    + " on xa.exercise_id = x.id where xa.agency_id in (").append(in).append(')').append(inRange);
            sql.append(" union all select bl.start_minute, bl.end_minute from agency_blackout bl where bl.agency_id in (")
                    .append(in).append(") and bl.end_minute > ?3 and bl.start_minute < ?5");
        }
        return sql.toString();
    }
}
