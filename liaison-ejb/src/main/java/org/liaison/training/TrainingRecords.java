package org.liaison.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.platform.CsvCells;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.training.ExerciseStatus;
import org.liaison.domain.training.HseepType;
import org.liaison.domain.training.RegistrationStatus;
import org.liaison.domain.training.Side;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * Who trained with the police, and how much: a staff member's training record, the coverage of a facility's officers
 * (% with a joint training attended in the last 12 months), the officers behind that figure, and its CSV export.
 */
@Stateless
public class TrainingRecords {

    public static final String[] CSV_COLUMNS = {"facility", "officer", "username", "lastJointTraining",
        "trainingsLast12Months", "hoursLast12Months", "current"};

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    public record Entry(Long exerciseId, String title, String type, LocalDateTime startsAt, String status,
                        boolean waitlisted, BigDecimal hours) implements Serializable {
    }

    public record TrainingRecord(Long userId, String name, List<Entry> entries, BigDecimal hoursThisYear,
                                 long attended, long upcoming) implements Serializable {
    }

    public record Coverage(Long facilityId, String facilityName, long officers, long trained) implements Serializable {
        public int percent() {
            return officers == 0 ? 0 : (int) Math.round(100.0 * trained / officers);
        }
    }

    public record OfficerTraining(Long userId, String name, String username, String facilityName,
                                  LocalDate lastJointTraining, long trainingsLast12Months,
                                  BigDecimal hoursLast12Months) implements Serializable {
        public boolean current() {
            return trainingsLast12Months > 0;
        }
    }

    /** One staff member's joint trainings: their own, or any of a manager's facilities' staff, or anyone's for directors. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public TrainingRecord recordOf(Long userId, LocalDate today) {
        Long who = userId == null ? caller.userId() : userId;
        UserAccount user = who == null ? null : em.find(UserAccount.class, who);
        boolean visible = user != null && (who.equals(caller.userId()) || (caller.hasAny(Role.ADMIN, Role.DIRECTOR,
                Role.MANAGER, Role.AUDITOR) && user.getFacilities().stream().anyMatch(f -> scope.seesFacility(f.getId()))));
        if (!visible) {
            throw new RecordNotFound("TrainingRecord", userId);
        }
        return build(user, today);
    }

    /**
     * A staff member's joint trainings for the intranet portal's server, which reads them for every hospital's staff
     * (the caller found the person and audits the read).
     */
    @RolesAllowed(Role.PORTAL_)
    public TrainingRecord recordOfStaffMember(UserAccount user, LocalDate today) {
        return build(user, today);
    }

    private TrainingRecord build(UserAccount user, LocalDate today) {
        // the columns the record shows, not the exercises: an exercise entity brings its core capabilities (an eager
        // collection) with it, one query per exercise
        List<Object[]> rows = em.createQuery("select x.id, x.title, x.type, x.window.startsAt, x.status, r.status,"
                + " r.waitlisted, r.hours from Registration r join r.exercise x"
                + " where r.user = :user and r.status <> :cancelled order by x.window.startMinute desc",
                Object[].class).setParameter("user", user).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .setMaxResults(500).getResultList();
        List<Entry> entries = new ArrayList<>();
        BigDecimal hoursThisYear = BigDecimal.ZERO;
        long attended = 0;
        long upcoming = 0;
        for (Object[] row : rows) {
            LocalDateTime startsAt = (LocalDateTime) row[3];
            RegistrationStatus status = (RegistrationStatus) row[5];
            BigDecimal hours = (BigDecimal) row[7];
            entries.add(new Entry((Long) row[0], (String) row[1], ((HseepType) row[2]).name(), startsAt,
                    status.name(), (Boolean) row[6], hours));
            if (status == RegistrationStatus.ATTENDED) {
                attended++;
                if (hours != null && startsAt.getYear() == today.getYear()) {
                    hoursThisYear = hoursThisYear.add(hours);
                }
            }
            if (ExerciseStatus.UPCOMING.contains((ExerciseStatus) row[4]) && !startsAt.toLocalDate().isBefore(today)) {
                upcoming++;
            }
        }
        return new TrainingRecord(user.getId(), user.getDisplayName(), entries, hoursThisYear, attended, upcoming);
    }

    /** Per facility in scope: officers, and officers with a joint training attended in the last 12 months. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public List<Coverage> coverage(LocalDate today) {
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.valueOf(today.minusMonths(12).atStartOfDay()));
        String visible = caller.seesAllFacilities() ? ""
                : " and f.id in (" + placeholders(caller.facilityIdsForQuery(), params) + ")";
        // one query: officers per facility, and those of them with an attended joint training since ?1
        // the attendees are read once ("in"), not looked up per officer (a correlated "exists"): 20 against 25 ms at
        // 3,000 people on H2, and the difference grows with the registrations
        Query query = em.createNativeQuery("select f.id, f.name, count(distinct u.id), count(distinct case when u.id in"
                + " (select r.user_id from exercise_registration r join exercise x on x.id = r.exercise_id where"
                + " r.status = 'ATTENDED' and x.starts_at >= ?1) then u.id end)"
                + " from user_account u join user_facility uf on uf.user_id = u.id join facility f on f.id = uf.facility_id"
                + " join user_role ro on ro.user_id = u.id where ro.role = 'OFFICER' and u.enabled = true" + visible
                + " group by f.id, f.name order by f.name");
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Coverage(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue())).toList();
    }

    /**
     * The officers behind the coverage figure, paged in the database, with their last joint training; optionally
     * only those without one in the last 12 months.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public Page<OfficerTraining> officers(Long facilityId, boolean notCurrentOnly, LocalDate today, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String from = officersFrom(facilityId, notCurrentOnly, today, params);
        Query rows = em.createNativeQuery("select u.id, u.display_name, u.username, f.name,"
                + " (select max(x.starts_at) from exercise_registration r join exercise x on x.id = r.exercise_id"
                + " where r.user_id = u.id and r.status = 'ATTENDED'),"
                + " (select count(*) from exercise_registration r join exercise x on x.id = r.exercise_id"
                + " where r.user_id = u.id and r.status = 'ATTENDED' and x.starts_at >= ?1),"
                + " (select coalesce(sum(r.hours), 0) from exercise_registration r join exercise x on x.id = r.exercise_id"
                + " where r.user_id = u.id and r.status = 'ATTENDED' and x.starts_at >= ?1)"
                + from + " order by f.name, u.display_name, u.id");
        Query count = em.createNativeQuery("select count(*)" + from);
        for (Query q : List.of(rows, count)) {
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        List<OfficerTraining> items = result.stream().map(r -> new OfficerTraining(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], r[4] == null ? null : ((Timestamp) r[4]).toLocalDateTime()
                .toLocalDate(), ((Number) r[5]).longValue(), decimal(r[6]))).toList();
        return new Page<>(items, ((Number) count.getSingleResult()).longValue());
    }

    private String officersFrom(Long facilityId, boolean notCurrentOnly, LocalDate today, List<Object> params) {
        params.add(java.sql.Timestamp.valueOf(today.minusMonths(12).atStartOfDay()));
        StringBuilder sql = new StringBuilder(" from user_account u join user_facility uf on uf.user_id = u.id"
                + " join facility f on f.id = uf.facility_id join user_role ro on ro.user_id = u.id"
                + " where ro.role = 'OFFICER' and u.enabled = true");
        Set<Long> visible = caller.seesAllFacilities() ? null : caller.facilityIdsForQuery();
        if (visible != null) {
            sql.append(" and f.id in (").append(placeholders(visible, params)).append(')');
        }
        if (facilityId != null) {
            params.add(facilityId);
            sql.append(" and f.id = ?").append(params.size());
        }
        if (notCurrentOnly) {
            sql.append(" and not exists (select 1 from exercise_registration r join exercise x on x.id = r.exercise_id"
                    + " where r.user_id = u.id and r.status = 'ATTENDED' and x.starts_at >= ?1)");
        }
        return sql.toString();
    }

    private static String placeholders(Collection<Long> ids, List<Object> params) {
        StringBuilder in = new StringBuilder();
        for (Long id : ids) {
            params.add(id);
            in.append(in.length() == 0 ? "" : ", ").append('?').append(params.size());
        }
        return in.toString();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    }

    /** The officers' joint training as CSV, every cell safe to open in a spreadsheet. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public String coverageCsv(Long facilityId, LocalDate today) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).get().print(out)) {
            int offset = 0;
            Page<OfficerTraining> page;
            do {
                page = officers(facilityId, false, today, new PageRequest(offset, PageRequest.MAX_LIMIT, null, true));
                for (OfficerTraining o : page.items()) {
                    printer.printRecord(java.util.stream.Stream.of(o.facilityName(), o.name(), o.username(),
                            o.lastJointTraining(), o.trainingsLast12Months(), o.hoursLast12Months(),
                            o.current() ? "yes" : "no").map(CsvCells::neutralised).toArray());
                }
                offset += PageRequest.MAX_LIMIT;
            } while (offset < page.total());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Places held per side for each of these exercises the caller reads (one query): id → {staff, agency}. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Map<Long, long[]> placesHeld(Collection<Long> exerciseIds) {
        Map<Long, long[]> held = new HashMap<>();
        if (exerciseIds.isEmpty()) {
            return held;
        }
        scope.bind(em.createQuery("select r.exercise.id, r.side, count(r) from Registration r join r.exercise x"
                        + " where x.id in :ids and " + ExerciseScope.condition(caller, scope, "x")
                        + " and r.status in :active and r.waitlisted = :notWaitlisted group by r.exercise.id, r.side",
                        Object[].class)).setParameter("ids", exerciseIds).setParameter("notWaitlisted", Boolean.FALSE)
                .setHint("eclipselink.jdbc.bind-parameters", "TRUE")
                .setParameter("active", RegistrationStatus.ACTIVE).getResultList()
                .forEach(row -> held.computeIfAbsent((Long) row[0], k -> new long[2])[row[1] == Side.STAFF ? 0 : 1] =
                        (Long) row[2]);
        return held;
    }
}
