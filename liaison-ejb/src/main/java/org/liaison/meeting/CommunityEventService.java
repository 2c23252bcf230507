package org.liaison.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.engagement.Engagement;
import org.liaison.domain.engagement.EngagementKind;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.meeting.CommunityEvent;
import org.liaison.domain.meeting.CommunityEventPhoto;
import org.liaison.domain.shared.PartialEdit;
import org.liaison.engagement.EngagementService;
import org.liaison.platform.FileInfo;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * Community events with law-enforcement participation. Staff see their facilities' events, partners those their agency
 * takes part in; managers, directors and administrators plan and record them. Recording one records an engagement
 * with each agency, so each relationship's cadence clock resets.
 */
@Stateless
public class CommunityEventService {

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

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<CommunityEvent> search(Long facilityId, LocalDate from, LocalDate to, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ");
        where.append(caller.isPartner() ? "exists (select pa.id from CommunityEvent pe join pe.agencies pa where pe = e"
                + " and pa.id = :scopeAgencyId)" : scope.byFacility("e.facility.id"));
        Map<String, Object> params = new HashMap<>();
        if (facilityId != null) {
            where.append(" and e.facility.id = :facility");
            params.put("facility", facilityId);
        }
        if (from != null) {
            where.append(" and e.startsAt >= :from");
            params.put("from", from.atStartOfDay());
        }
        if (to != null) {
            where.append(" and e.startsAt < :to");
            params.put("to", to.plusDays(1).atStartOfDay());
        }
        TypedQuery<CommunityEvent> query = em.createQuery("select e from CommunityEvent e join fetch e.facility" + where
                + " order by e.startsAt desc, e.id desc", CommunityEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from CommunityEvent e" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            scope.bind(q);
            params.forEach(q::setParameter);
        }
        query.setHint("eclipselink.batch", "e.agencies").setHint("eclipselink.batch.type", "IN");
        List<CommunityEvent> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        items.forEach(e -> e.getAgencies().size());
        return new Page<>(items, count.getSingleResult());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public CommunityEvent find(Long id) {
        CommunityEvent event = scope.found(id == null ? null : em.find(CommunityEvent.class, id), this::visible,
                "CommunityEvent", id);
        event.getStaff().size();
        event.getFacility().getName();
        return event;
    }

    private boolean visible(CommunityEvent event) {
        if (caller.isPartner()) {
            return event.getAgencies().stream().anyMatch(a -> a.getId().equals(caller.partnerAgencyId()));
        }
        return scope.seesFacility(event.getFacility().getId());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public CommunityEvent create(CommunityEventPlan plan) {
        if (plan.facilityId() == null) {
            throw InvalidInput.of("facilityId", "Choose the facility.");
        }
        Facility facility = scope.facilityRef(plan.facilityId(), "facilityId");
        if (plan.startsAt() == null) {
            throw InvalidInput.of("startsAt", "Give the start.");
        }
        CommunityEvent event = new CommunityEvent(facility, plan.kind(), plan.title(), plan.startsAt(), plan.endsAt(),
                plan.location());
        event.describe(plan.kind(), plan.title(), plan.location(), plan.notes());
        event.assignAgencies(agencies(plan.agencyIds()));
        event.assignStaff(staff(plan.staffIds(), facility));
        validation.check(event);
        em.persist(event);
        em.flush();
        audit.created(event);
        return event;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public CommunityEvent change(Long id, long version, CommunityEventPlan plan) {
        CommunityEvent event = editable(id, version);
        Map<String, Object> before = event.auditSnapshot();
        event.describe(plan.kind() == null ? event.getKind() : plan.kind(), PartialEdit.text(plan.title(),
                event.getTitle()), PartialEdit.text(plan.location(), event.getLocation()),
                PartialEdit.text(plan.notes(), event.getNotes()));
        if (plan.startsAt() != null || plan.endsAt() != null) {
            event.reschedule(plan.startsAt() == null ? event.getStartsAt() : plan.startsAt(),
                    plan.endsAt() == null ? event.getEndsAt() : plan.endsAt());
        }
        if (!plan.agencyIds().isEmpty()) {
            event.assignAgencies(agencies(plan.agencyIds()));
        }
        if (!plan.staffIds().isEmpty()) {
            event.assignStaff(staff(plan.staffIds(), event.getFacility()));
        }
        validation.check(event);
        em.flush();
        audit.changed(before, event);
        return event;
    }

    /** Moves a planned event (dragged on the calendar). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public CommunityEvent reschedule(Long id, long version, LocalDateTime startsAt, LocalDateTime endsAt) {
        CommunityEvent event = editable(id, version);
        Map<String, Object> before = event.auditSnapshot();
        event.reschedule(startsAt, endsAt);
        em.flush();
        audit.changed(before, event);
        return event;
    }

    /** The event took place: hours and attendance on record, an engagement with each agency. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public CommunityEvent record(Long id, long version, BigDecimal staffHours, Integer publicAttendance, String notes) {
        CommunityEvent event = editable(id, version);
        Map<String, Object> before = event.auditSnapshot();
        Set<Agency> agencies = event.record(staffHours, publicAttendance, notes, LocalDateTime.now());
        validation.check(event);
        em.flush();
        audit.changed(before, event);
        for (Agency agency : agencies) {
            Engagement engagement = new Engagement(event.getFacility(), agency, EngagementKind.COMMUNITY_EVENT,
                    event.getDate(), "Community event: " + event.getTitle());
            event.getStaff().forEach(engagement.getStaff()::add);
            engagements.record(engagement);
        }
        return event;
    }

    // ------------------------------------------------------------------ photos

    /** A photo of the event (PNG or JPEG, at most 10 MB); staff who edit the event add it, audited. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public CommunityEventPhoto addPhoto(Long id, String fileName, String caption, byte[] content) {
        CommunityEvent event = staffEditable(id);
        CommunityEventPhoto photo = new CommunityEventPhoto(event, fileName, caption, content, caller.username(),
                LocalDateTime.now());
        em.persist(photo);
        em.flush();
        audit.created(photo);
        return photo;
    }

    /** The event's photos without their bytes, oldest first. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public List<FileInfo> photos(Long id) {
        find(id);
        return em.createQuery("select new org.liaison.platform.FileInfo(p.id, p.file.fileName, p.file.contentType,"
                + " p.file.sizeBytes, p.file.sha256, p.file.uploadedBy, p.file.uploadedAt, p.caption)"
                + " from CommunityEventPhoto p where p.event.id = :e order by p.file.uploadedAt, p.id", FileInfo.class)
                .setParameter("e", id).getResultList();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public CommunityEventPhoto photo(Long id, Long photoId) {
        find(id);
        CommunityEventPhoto photo = photoId == null ? null : em.find(CommunityEventPhoto.class, photoId);
        if (photo == null || !photo.getEvent().getId().equals(id)) {
            throw new RecordNotFound("CommunityEventPhoto", photoId);
        }
        return photo;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public void removePhoto(Long id, Long photoId) {
        staffEditable(id);
        CommunityEventPhoto photo = photo(id, photoId);
        audit.deleted(photo);
        em.remove(photo);
        em.flush();
    }

    private CommunityEvent staffEditable(Long id) {
        CommunityEvent event = find(id);
        if (caller.isPartner() || !scope.seesFacility(event.getFacility().getId())) {
            throw new RecordNotFound("CommunityEvent", id);
        }
        return event;
    }

    private CommunityEvent editable(Long id, long version) {
        CommunityEvent event = find(id);
        if (caller.isPartner() || !scope.seesFacility(event.getFacility().getId())) {
            throw new RecordNotFound("CommunityEvent", id);
        }
        if (event.getVersion() != version) {
            throw new StaleRecord("CommunityEvent", id);
        }
        return event;
    }

    private Set<Agency> agencies(Set<Long> ids) {
        if (ids.isEmpty()) {
            throw InvalidInput.of("agencyIds", "Name at least one agency.");
        }
        return ids.stream().map(id -> scope.agencyRef(id, "agencyIds")).collect(Collectors.toSet());
    }

    private Set<UserAccount> staff(Set<Long> ids, Facility facility) {
        return ids.stream().map(id -> StaffRef.of(em, id, Set.of(facility.getId()), "staffIds"))
                .collect(Collectors.toSet());
    }
}
