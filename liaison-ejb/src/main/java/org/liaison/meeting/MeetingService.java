package org.liaison.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.engagement.Engagement;
import org.liaison.domain.engagement.EngagementKind;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.meeting.MeetingAttendee;
import org.liaison.domain.meeting.MeetingSeries;
import org.liaison.domain.meeting.MeetingStatus;
import org.liaison.domain.meeting.Recurrence;
import org.liaison.domain.meeting.SeriesEdit;
import org.liaison.domain.shared.PartialEdit;
import org.liaison.domain.shared.Tlp;
import org.liaison.engagement.EngagementService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * Meetings: planning (alone or as a recurring series), changing one occurrence, this and the following ones, or all,
 * the lifecycle, and the minutes under their TLP label. Staff see their facilities' meetings, partners the meetings of
 * their agency; managers, directors and administrators plan and run them.
 */
@Stateless
public class MeetingService {

    /** A series has its occurrences as rows this far ahead; the daily job keeps the horizon moving. */
    public static final int HORIZON_MONTHS = 12;

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

    @EJB
    EngagementService engagements;

    // ------------------------------------------------------------------ reading

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<Meeting> search(MeetingFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ").append(scopeOf("m"));
        Map<String, Object> params = new HashMap<>();
        if (filter.facilityId() != null) {
            where.append(" and m.facility.id = :facility");
            params.put("facility", filter.facilityId());
        }
        if (filter.status() != null) {
            where.append(" and m.status = :status");
            params.put("status", filter.status());
        }
        if (filter.awaitingApproval()) {
            where.append(" and m.status = :held");
            params.put("held", MeetingStatus.HELD);
        }
        if (filter.from() != null) {
            where.append(" and m.startsAt >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.append(" and m.startsAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.seriesId() != null) {
            where.append(" and m.series.id = :series");
            params.put("series", filter.seriesId());
        }
        boolean upcoming = filter.from() != null && filter.status() == MeetingStatus.PLANNED;
        TypedQuery<Meeting> query = em.createQuery("select m from Meeting m join fetch m.facility"
                + " left join fetch m.series" + where
                + (upcoming ? " order by m.startsAt, m.id" : " order by m.startsAt desc, m.id desc"), Meeting.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from Meeting m" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            scope.bind(q);
            params.forEach(q::setParameter);
        }
        query.setHint("eclipselink.batch", "m.agencies").setHint("eclipselink.batch.type", "IN");
        List<Meeting> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        items.forEach(m -> m.getAgencies().size());
        return new Page<>(items, count.getSingleResult());
    }

    /** One meeting, with its agencies and attendees, when the caller may see it; otherwise not found. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Meeting find(Long id) {
        Meeting meeting = scope.found(id == null ? null : em.find(Meeting.class, id), this::visible, "Meeting", id);
        meeting.getAgencies().size();
        meeting.getAttendees().forEach(a -> {
            a.getName();
            if (a.getContact() != null) {
                a.getContact().getAgency().getName();
            }
        });
        meeting.getFacility().getName();
        if (meeting.getSeries() != null) {
            meeting.getSeries().getRrule();
        }
        return meeting;
    }

    /** Whether the caller may read the meeting's minutes under their TLP label. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public boolean mayReadMinutes(Long id) {
        return admitted(find(id));
    }

    /** The meeting for its minutes: not found when the label does not admit the caller. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Meeting minutes(Long id) {
        Meeting meeting = find(id);
        scope.require(admitted(meeting), "Minutes", id);
        return meeting;
    }

    /**
     * Minutes under a label that leaves the caller out are not theirs to replace or approve, as they are not theirs
     * to read: answered as not found, like reading them.
     */
    private void requireAdmittedToMinutes(Long id) {
        scope.require(admitted(find(id)), "Minutes", id);
    }

    boolean admitted(Meeting meeting) {
        boolean ours = !caller.isPartner() && scope.seesFacility(meeting.getFacility().getId());
        return meeting.getTlp().admits(meeting.readerOf(caller.userId(), ours,
                caller.isPartner() ? caller.partnerAgencyId() : null));
    }

    private boolean visible(Meeting meeting) {
        if (caller.isPartner()) {
            return meeting.getAgencies().stream().anyMatch(a -> a.getId().equals(caller.partnerAgencyId()));
        }
        return scope.seesFacility(meeting.getFacility().getId());
    }

    private String scopeOf(String alias) {
        return MeetingScope.condition(scope, alias);
    }

    // ------------------------------------------------------------------ planning

    /** Plans a meeting, or with an RRULE a series whose occurrences are planned a year ahead; answers the first. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Meeting plan(MeetingPlan plan) {
        if (plan.facilityId() == null) {
            throw InvalidInput.of("facilityId", "Choose the facility.");
        }
        Facility facility = scope.facilityRef(plan.facilityId(), "facilityId");
        Set<Agency> agencies = agencies(plan.agencyIds());
        if (plan.startsAt() == null) {
            throw InvalidInput.of("startsAt", "Give the start.");
        }
        Meeting first = new Meeting(facility, plan.title(), plan.startsAt(), plan.endsAt(), plan.location());
        first.describe(plan.title(), plan.location(), plan.agenda());
        first.label(plan.tlp() == null ? Tlp.GREEN : plan.tlp());
        first.assignAgencies(agencies);
        validation.check(first);
        if (!plan.repeats()) {
            invite(first, plan);
            em.persist(first);
            em.flush();
            audit.created(first);
            return first;
        }
        MeetingSeries series = new MeetingSeries(facility, plan.title(), plan.location(), plan.startsAt(),
                minutes(plan.startsAt(), plan.endsAt()), Recurrence.of(plan.rrule()));
        series.describe(plan.title(), plan.location(), plan.agenda(), first.getTlp());
        series.assignAgencies(agencies);
        validation.check(series);
        em.persist(series);
        em.flush();
        audit.created(series);
        List<Meeting> made = occurrences(series, plan.startsAt(), horizon(), Set.of());
        made.forEach(m -> invite(m, plan));
        flushAndAudit(made);
        return made.isEmpty() ? first : made.get(0);
    }

    /**
     * Changes a meeting: its own terms alone ({@link SeriesEdit#ONE}, and always for a meeting outside a series),
     * or the series' terms for this and the following occurrences (the series is split here) or for all. Only
     * planned occurrences follow a series change; held ones keep what happened, and ones changed on their own keep
     * their changes. For a series, the new start gives the time of day; a new RRULE replans the occurrences to come.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Meeting change(Long id, long version, MeetingPlan plan, SeriesEdit edit) {
        Meeting meeting = editable(id, version);
        if (meeting.getSeries() == null || edit == null || edit == SeriesEdit.ONE) {
            Map<String, Object> before = meeting.auditSnapshot();
            applyTo(meeting, plan);
            if (meeting.getSeries() != null) {
                meeting.detach();
            }
            validation.check(meeting);
            em.flush();
            audit.changed(before, meeting);
            return meeting;
        }
        MeetingSeries series = meeting.getSeries();
        LocalDateTime from;
        if (edit == SeriesEdit.FOLLOWING && meeting.getRecurrenceId().isAfter(series.getFirstStart())) {
            Map<String, Object> seriesBefore = series.auditSnapshot();
            MeetingSeries rest = series.splitAt(meeting.getRecurrenceId());
            em.persist(rest);
            em.flush();
            audit.changed(seriesBefore, series);
            audit.created(rest);
            for (Meeting later : occurrencesOf(series, meeting.getRecurrenceId())) {
                Map<String, Object> laterBefore = later.auditSnapshot();
                later.moveToSeries(rest);
                audit.changed(laterBefore, later);
            }
            series = rest;
            from = meeting.getRecurrenceId();
        } else {
            from = null;
        }
        changeSeries(series, plan, from);
        em.flush();
        return em.find(Meeting.class, meeting.getId());
    }

    private void changeSeries(MeetingSeries series, MeetingPlan plan, LocalDateTime from) {
        Map<String, Object> before = series.auditSnapshot();
        String oldRule = series.getRrule();
        series.describe(PartialEdit.text(plan.title(), series.getTitle()),
                PartialEdit.text(plan.location(), series.getLocation()),
                PartialEdit.text(plan.agenda(), series.getAgenda()), plan.tlp());
        if (plan.startsAt() != null) {
            LocalDateTime first = series.getFirstStart().toLocalDate().atTime(plan.startsAt().toLocalTime());
            series.retime(first, plan.endsAt() == null ? series.getDurationMinutes()
                    : minutes(plan.startsAt(), plan.endsAt()));
        }
        if (!plan.agencyIds().isEmpty()) {
            series.assignAgencies(agencies(plan.agencyIds()));
        }
        if (plan.repeats()) {
            series.repeat(Recurrence.of(plan.rrule()));
        }
        validation.check(series);
        audit.changed(before, series);
        List<Meeting> occurrences = occurrencesOf(series, from);
        if (!series.getRrule().equals(oldRule)) {
            replan(series, occurrences, from == null ? LocalDateTime.now() : from, plan);
            return;
        }
        for (Meeting m : occurrences) {
            if (m.getStatus() == MeetingStatus.PLANNED && !m.isDetached()) {
                Map<String, Object> mBefore = m.auditSnapshot();
                m.followSeries(series);
                audit.changed(mBefore, m);
            }
        }
    }

    /** A new rule: planned occurrences to come that the new rule does not keep are removed, new ones planned. */
    private void replan(MeetingSeries series, List<Meeting> occurrences, LocalDateTime from, MeetingPlan plan) {
        List<LocalDateTime> wanted = series.startsBetween(from, horizon());
        Set<LocalDateTime> kept = new HashSet<>();
        for (Meeting m : occurrences) {
            boolean removable = m.getStatus() == MeetingStatus.PLANNED && !m.isDetached()
                    && !m.getStartsAt().isBefore(from) && !hasActionItems(m);
            if (removable && !wanted.contains(m.getRecurrenceId())) {
                audit.deleted(m);
                em.remove(m);
            } else {
                kept.add(m.getRecurrenceId());
                if (removable) {
                    Map<String, Object> mBefore = m.auditSnapshot();
                    m.followSeries(series);
                    audit.changed(mBefore, m);
                }
            }
        }
        List<Meeting> made = occurrences(series, from, horizon(), kept);
        made.forEach(m -> invite(m, plan));
        flushAndAudit(made);
    }

    /** Moves a planned meeting (dragged on the calendar); an occurrence becomes an exception of its series. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Meeting reschedule(Long id, long version, LocalDateTime startsAt, LocalDateTime endsAt) {
        Meeting meeting = editable(id, version);
        Map<String, Object> before = meeting.auditSnapshot();
        meeting.reschedule(startsAt, endsAt);
        if (meeting.getSeries() != null) {
            meeting.detach();
        }
        em.flush();
        audit.changed(before, meeting);
        return meeting;
    }

    // ------------------------------------------------------------------ lifecycle

    public enum Move { APPROVE_MINUTES, CLOSE }

    /**
     * The meeting took place: who was there ({@code presentAttendeeIds}, attendee ids; null means everyone invited),
     * and an engagement recorded with every agency present, which resets each relationship's cadence clock.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Meeting markHeld(Long id, long version, Set<Long> presentAttendeeIds) {
        Meeting meeting = editable(id, version);
        Map<String, Object> before = meeting.auditSnapshot();
        List<MeetingAttendee> present = meeting.getAttendees().stream()
                .filter(a -> presentAttendeeIds == null || presentAttendeeIds.contains(a.getId())).toList();
        Set<Agency> agencies = meeting.markHeld(present, LocalDateTime.now());
        em.flush();
        audit.changed(before, meeting);
        for (Agency agency : agencies) {
            Engagement engagement = new Engagement(meeting.getFacility(), agency, EngagementKind.MEETING,
                    meeting.getStartsAt().toLocalDate(), "Meeting: " + meeting.getTitle());
            present.stream().filter(a -> a.getContact() != null && a.getContact().getAgency().equals(agency))
                    .forEach(a -> engagement.addParticipant(a.getContact()));
            present.stream().filter(a -> a.getUser() != null).forEach(a -> engagement.getStaff().add(a.getUser()));
            engagements.record(engagement);
        }
        return meeting;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Meeting writeMinutes(Long id, long version, Tlp label, String decisions, String discussion) {
        requireAdmittedToMinutes(id);
        Meeting meeting = editable(id, version);
        Map<String, Object> before = meeting.auditSnapshot();
        meeting.writeMinutes(label, decisions, discussion);
        validation.check(meeting);
        em.flush();
        audit.changed(before, meeting);
        return meeting;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Meeting move(Long id, long version, Move move) {
        if (move == Move.APPROVE_MINUTES) {
            requireAdmittedToMinutes(id);
        }
        Meeting meeting = editable(id, version);
        Map<String, Object> before = meeting.auditSnapshot();
        switch (move) {
            case APPROVE_MINUTES -> meeting.approveMinutes(caller.username(), LocalDateTime.now());
            case CLOSE -> meeting.close(LocalDateTime.now());
        }
        em.flush();
        audit.changed(before, meeting);
        return meeting;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Meeting cancel(Long id, long version, String reason) {
        Meeting meeting = editable(id, version);
        Map<String, Object> before = meeting.auditSnapshot();
        meeting.cancel(reason);
        em.flush();
        audit.changed(before, meeting);
        return meeting;
    }

    // ------------------------------------------------------------------ pickers

    /** Staff who can attend a meeting of the facility, by name: a page of an autocomplete. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public List<UserAccount> staffNamed(Long facilityId, String text, int limit) {
        scope.facility(facilityId);
        return em.createQuery("select distinct u from UserAccount u left join u.facilities f join u.roles r"
                        + " where u.enabled = true and r <> :partner and (f.id = :facility or r = :director)"
                        + " and (lower(u.displayName) like :text or lower(u.username) like :text)"
                        + " order by u.displayName", UserAccount.class)
                .setParameter("partner", Role.PARTNER).setParameter("director", Role.DIRECTOR)
                .setParameter("facility", facilityId).setParameter("text", like(text))
                .setMaxResults(Math.min(Math.max(limit, 1), 50)).getResultList();
    }

    /** People of these agencies, by name: a page of an autocomplete. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public List<Contact> contactsNamed(Set<Long> agencyIds, String text, int limit) {
        if (agencyIds == null || agencyIds.isEmpty()) {
            return List.of();
        }
        agencyIds.forEach(scope::agency);
        return em.createQuery("select c from Contact c join fetch c.agency where c.agency.id in :agencies"
                        + " and c.leftOn is null and (lower(c.lastName) like :text or lower(c.firstName) like :text)"
                        + " order by c.lastName, c.firstName", Contact.class)
                .setParameter("agencies", agencyIds).setParameter("text", like(text))
                .setMaxResults(Math.min(Math.max(limit, 1), 50)).getResultList();
    }

    static String like(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "");
        return "%" + t + "%";
    }

    // ------------------------------------------------------------------ series upkeep

    /** Plans the occurrences of every series up to the horizon (the daily job); answers how many were added. */
    @jakarta.annotation.security.PermitAll
    public int extendSeries(LocalDate today) {
        LocalDateTime until = today.plusMonths(HORIZON_MONTHS).atStartOfDay();
        int added = 0;
        List<Object[]> lasts = em.createQuery("select s, max(m.recurrenceId) from MeetingSeries s left join Meeting m"
                + " on m.series = s group by s", Object[].class).getResultList();
        for (Object[] row : lasts) {
            MeetingSeries series = (MeetingSeries) row[0];
            LocalDateTime last = (LocalDateTime) row[1];
            LocalDateTime from = last == null ? series.getFirstStart() : last.plusMinutes(1);
            List<Meeting> made = occurrences(series, from, until, Set.of());
            made.forEach(em::persist);
            em.flush();
            made.forEach(audit::created);
            added += made.size();
        }
        return added;
    }

    // ------------------------------------------------------------------ helpers

    private List<Meeting> occurrences(MeetingSeries series, LocalDateTime from, LocalDateTime to,
            Set<LocalDateTime> existing) {
        List<Meeting> made = new ArrayList<>();
        for (LocalDateTime start : series.startsBetween(from, to)) {
            if (!existing.contains(start)) {
                Meeting m = Meeting.occurrenceOf(series, start);
                em.persist(m);
                made.add(m);
            }
        }
        return made;
    }

    private void flushAndAudit(List<Meeting> made) {
        em.flush();
        made.forEach(audit::created);
    }

    private List<Meeting> occurrencesOf(MeetingSeries series, LocalDateTime from) {
        TypedQuery<Meeting> query = em.createQuery("select m from Meeting m where m.series = :series"
                        + (from == null ? "" : " and m.recurrenceId >= :from") + " order by m.recurrenceId",
                        Meeting.class).setParameter("series", series)
                .setHint("eclipselink.batch", "m.agencies").setHint("eclipselink.batch.type", "IN");
        if (from != null) {
            query.setParameter("from", from);
        }
        return query.getResultList();
    }

    private boolean hasActionItems(Meeting m) {
        return em.createQuery("select count(i) from ActionItem i where i.meeting = :m", Long.class)
                .setParameter("m", m).getSingleResult() > 0;
    }

    private void applyTo(Meeting meeting, MeetingPlan plan) {
        // the agencies are looked up (a scope query) before the meeting changes: a query on a changed meeting
        // flushes it first, and the save then raised the version twice
        Set<Agency> agencies = plan.agencyIds().isEmpty() ? Set.of() : agencies(plan.agencyIds());
        meeting.describe(PartialEdit.text(plan.title(), meeting.getTitle()),
                PartialEdit.text(plan.location(), meeting.getLocation()),
                PartialEdit.text(plan.agenda(), meeting.getAgenda()));
        if (plan.startsAt() != null || plan.endsAt() != null) {
            meeting.reschedule(plan.startsAt() == null ? meeting.getStartsAt() : plan.startsAt(),
                    plan.endsAt() == null ? meeting.getEndsAt() : plan.endsAt());
        }
        if (plan.tlp() != null) {
            meeting.label(plan.tlp());
        }
        if (!agencies.isEmpty()) {
            meeting.assignAgencies(agencies);
        }
        invite(meeting, plan);
    }

    /** Invites the plan's staff (of the facility) and agency people (of the meeting's agencies). */
    private void invite(Meeting meeting, MeetingPlan plan) {
        Set<Long> facility = Set.of(meeting.getFacility().getId());
        for (Long userId : plan.staffIds()) {
            meeting.invite(StaffRef.of(em, userId, facility, "staffIds"));
        }
        for (Long contactId : plan.contactIds()) {
            Contact contact = contactId == null ? null : em.find(Contact.class, contactId);
            if (contact == null || !meeting.getAgencies().contains(contact.getAgency())) {
                throw InvalidInput.of("contactIds", "No such person at the meeting's agencies.");
            }
            // someone already expected may stay on the list after leaving (the page shows it); nobody who left is
            // newly expected, including at the occurrences a series plans from now on
            if (meeting.getAttendees().stream().noneMatch(a -> contact.equals(a.getContact()))) {
                contact.requireServing("contactIds");
            }
            meeting.invite(contact);
        }
    }

    private Set<Agency> agencies(Set<Long> ids) {
        if (ids.isEmpty()) {
            throw InvalidInput.of("agencyIds", "Name at least one agency.");
        }
        return ids.stream().map(id -> scope.agencyRef(id, "agencyIds")).collect(Collectors.toSet());
    }

    private Meeting editable(Long id, long version) {
        Meeting meeting = find(id);
        if (caller.isPartner() || !scope.seesFacility(meeting.getFacility().getId())) {
            throw new RecordNotFound("Meeting", id);
        }
        if (meeting.getVersion() != version) {
            throw new StaleRecord("Meeting", id);
        }
        return meeting;
    }

    /** A change leaves out what stays as it is; an empty text clears it. */
    private static int minutes(LocalDateTime start, LocalDateTime end) {
        if (end == null || !end.isAfter(start)) {
            throw InvalidInput.of("endsAt", "The meeting must end after it starts.");
        }
        return (int) java.time.Duration.between(start, end).toMinutes();
    }

    private static LocalDateTime horizon() {
        return LocalDate.now().plusMonths(HORIZON_MONTHS).atStartOfDay();
    }
}
