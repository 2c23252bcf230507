package org.liaison.demo;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.domain.feedback.Finding;
import org.liaison.domain.feedback.Incident;
import org.liaison.domain.feedback.Review;
import org.liaison.domain.feedback.ReviewComment;

/**
 * Writes the feedback demo records (built in memory through their entities' rules) as JDBC batches on the
 * transaction's own connection, with ids from the same sequence JPA uses. Some ten thousand rows at scale 1: as
 * entities they cost seconds of change tracking; as batches a fraction of that. Demo loading only.
 */
final class FeedbackRows {

    private static final int BATCH = 500;

    /** JPA's allocation size for liaison_seq (BaseEntity): one sequence value stands for this many ids. */
    private static final int ALLOCATION = 50;

    private final Connection connection;
    private String nextValue;
    private long nextId;
    private long lastId = -1;

    /** The loader flushed the earlier parts' records (these rows refer to them) before this part began. */
    FeedbackRows(EntityManager em) {
        this.connection = em.unwrap(Connection.class);
    }

    void write(List<Incident> incidents, List<Review> reviews, List<CorrectiveAction> actions) {
        try {
            for (Incident i : incidents) {
                i.setId(next());
            }
            for (Review r : reviews) {
                r.setId(next());
                for (Finding f : r.getFindings()) {
                    f.setId(next());
                }
                for (ReviewComment c : r.getComments()) {
                    c.setId(next());
                }
            }
            for (CorrectiveAction a : actions) {
                a.setId(next());
            }
            incidents(connection, incidents);
            reviews(connection, reviews);
            actions(connection, actions);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the feedback demo data", e);
        }
    }

    /**
     * The next id, taken as JPA takes them: a sequence value v (the sequence steps by the allocation size) stands
     * for the block v − 49 … v, so these ids never meet the ones EclipseLink allocates itself.
     */
    private long next() throws SQLException {
        if (nextId > lastId) {
            if (nextValue == null) {
                nextValue = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                        .contains("h2") ? "select next value for liaison_seq" : "select nextval('liaison_seq')";
            }
            try (PreparedStatement ps = connection.prepareStatement(nextValue);
                 java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                lastId = rs.getLong(1);
                nextId = lastId - ALLOCATION + 1;
            }
        }
        return nextId++;
    }

    private static void incidents(Connection c, List<Incident> incidents) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into incident (id, version, facility_id, agency_id,"
                + " location, occurred_at, category, violence_type, police_requested_at, police_arrived_at,"
                + " police_cleared_at, response_seconds, responding_officers, case_number, summary, outcome, injuries,"
                + " recorded_by, completed_by, waiver_reason, waived_by)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Incident i : incidents) {
                Duration response = i.getResponseTime();
                Object[] values = {i.getId(), i.getFacility().getId(), i.getAgency().getId(), i.getLocation(),
                    i.getOccurredAt(), i.getCategory().name(), i.getViolenceType(), i.getPoliceRequestedAt(),
                    i.getPoliceArrivedAt(), i.getPoliceClearedAt(), response == null ? null
                    : (int) response.getSeconds(), i.getRespondingOfficers(), i.getCaseNumber(), i.getSummary(),
                    i.getOutcome(), i.getInjuries(), i.getRecordedBy(), i.getCompletedBy(), i.getWaiverReason(),
                    i.getWaivedBy()};
                add(ps, values, ++n);
            }
            ps.executeBatch();
        }
    }

    private static void reviews(Connection c, List<Review> reviews) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into review (id, version, kind, facility_id,"
                + " incident_id, exercise_id, title, occurred_on, status, tlp, overview, objectives, staff_participants,"
                + " agency_participants, opened_at, approved_on, approved_by, closed_on, days_to_approval)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Review r : reviews) {
                Object[] values = {r.getId(), r.getKind().name(), r.getFacility().getId(),
                    r.getIncident() == null ? null : r.getIncident().getId(), r.getExerciseId(), r.getTitle(),
                    r.getOccurredOn(), r.getStatus().name(), r.getTlp().name(), r.getOverview(), r.getObjectives(),
                    r.getStaffParticipants(), r.getAgencyParticipants(), r.getOpenedAt(), r.getApprovedOn(),
                    r.getApprovedBy(), r.getClosedOn(), r.getDaysToApproval()};
                add(ps, values, ++n);
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into review_agency (review_id, agency_id) values (?, ?)")) {
            int n = 0;
            for (Review r : reviews) {
                for (Agency a : r.getAgencies()) {
                    add(ps, new Object[] {r.getId(), a.getId()}, ++n);
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into review_finding (id, version, review_id, kind,"
                + " capability, rating, text, facility_id, occurred_day) values (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Review r : reviews) {
                for (Finding f : r.getFindings()) {
                    add(ps, new Object[] {f.getId(), r.getId(), f.getKind().name(), name(f.getCapability()),
                        name(f.getRating()), f.getText(), r.getFacility().getId(), r.getOccurredOn().toEpochDay()}, ++n);
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into review_comment (id, version, review_id, agency_id,"
                + " author, author_name, text, written_at) values (?, 1, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Review r : reviews) {
                for (ReviewComment m : r.getComments()) {
                    add(ps, new Object[] {m.getId(), r.getId(), m.getAgency().getId(), m.getAuthor(),
                        m.getAuthorName(), m.getText(), m.getWrittenAt()}, ++n);
                }
            }
            ps.executeBatch();
        }
    }

    private static void actions(Connection c, List<CorrectiveAction> actions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into corrective_action (id, version, review_id,"
                + " finding_id, capability, issue, action_text, element, responsible_organisation,"
                + " responsible_agency_id, contact_name, owner_id, start_on, due_on, original_due_on, due_move_reason,"
                + " status, status_reason, completed_on, verified_on, verified_by)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (CorrectiveAction a : actions) {
                Object[] values = {a.getId(), a.getReview().getId(),
                    a.getFinding() == null ? null : a.getFinding().getId(), name(a.getCapability()), a.getIssue(),
                    a.getAction(), a.getElement().name(), a.getResponsibleOrganisation(),
                    a.getResponsibleAgency() == null ? null : a.getResponsibleAgency().getId(), a.getContactName(),
                    a.getOwner() == null ? null : a.getOwner().getId(), a.getStartOn(), a.getDueOn(),
                    a.getOriginalDueOn(), a.getDueMoveReason(), a.getStatus().name(), a.getStatusReason(),
                    a.getCompletedOn(), a.getVerifiedOn(), a.getVerifiedBy()};
                add(ps, values, ++n);
            }
            ps.executeBatch();
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Binds one row (typed nulls, which PostgreSQL needs) and sends the batch every {@link #BATCH} rows. */
    private static void add(PreparedStatement ps, Object[] values, int row) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int index = i + 1;
            if (v == null) {
                ps.setNull(index, Types.NULL);
            } else if (v instanceof LocalDateTime t) {
                ps.setObject(index, t, Types.TIMESTAMP);
            } else if (v instanceof LocalDate d) {
                ps.setObject(index, d, Types.DATE);
            } else {
                ps.setObject(index, v);
            }
        }
        ps.addBatch();
        if (row % BATCH == 0) {
            ps.executeBatch();
        }
    }
}
