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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.meeting.ActionItem;
import org.liaison.domain.meeting.ActionItemStatus;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PartialEdit;
import org.liaison.notification.NotificationService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * Action items: who does what by when. Staff see their facilities' items, partners the items their agency's people
 * own. Managers, directors and administrators assign, change and verify them; an owner starts, completes and moves
 * the due date of their own (with a reason).
 */
@Stateless
public class ActionItemService {


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
    NotificationService notifications;

    @EJB
    MeetingService meetings;

    public enum Move { START, COMPLETE, VERIFY, REOPEN }

    // ------------------------------------------------------------------ reading

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<ActionItem> search(ActionItemFilter filter, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ")
                .append(scope.byFacilityOrAgency("i.facility.id", "i.ownerContact.agency.id"));
        Map<String, Object> params = new HashMap<>();
        if (filter.mine()) {
            where.append(" and i.ownerUser.id = :me");
            params.put("me", caller.userId());
        }
        if (filter.facilityId() != null) {
            where.append(" and i.facility.id = :facility");
            params.put("facility", filter.facilityId());
        }
        if (filter.meetingId() != null) {
            where.append(" and i.meeting.id = :meeting");
            params.put("meeting", filter.meetingId());
        }
        if (filter.status() != null) {
            where.append(" and i.status = :status");
            params.put("status", filter.status());
        }
        if (filter.open() || filter.overdue()) {
            where.append(" and i.status in :pending");
            params.put("pending", ActionItemStatus.PENDING);
        }
        if (filter.overdue()) {
            where.append(" and i.dueOn < :today");
            params.put("today", today);
        }
        // pending items by due date, so the overdue ones come first; finished ones after, latest first
        boolean pendingOnly = filter.open() || filter.overdue() || (filter.status() != null
                && ActionItemStatus.PENDING.contains(filter.status()));
        TypedQuery<ActionItem> query = em.createQuery("select i from ActionItem i join fetch i.facility"
                + " left join fetch i.meeting" + where
                + (pendingOnly ? " order by i.dueOn, i.id" : " order by i.status, i.dueOn, i.id"), ActionItem.class);
        TypedQuery<Long> count = em.createQuery("select count(i) from ActionItem i" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            scope.bind(q);
            params.forEach(q::setParameter);
        }
        // The owners, their roles (an eager collection) and their agencies for the whole page, one query each. Fetch
        // joins of the owners would leave EclipseLink reading each owner's roles and each contact's agency on its own.
        query.setHint("eclipselink.batch", "i.ownerUser").setHint("eclipselink.batch", "i.ownerUser.roles")
                .setHint("eclipselink.batch", "i.ownerContact").setHint("eclipselink.batch", "i.ownerContact.agency")
                .setHint("eclipselink.batch.type", "IN");
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    /** How many of the caller's own items are overdue (the header's flag). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public long myOverdueCount(LocalDate today) {
        return em.createQuery("select count(i) from ActionItem i where i.ownerUser.id = :me"
                        + " and i.status in :pending and i.dueOn < :today", Long.class)
                .setParameter("me", caller.userId()).setParameter("pending", ActionItemStatus.PENDING)
                .setParameter("today", today).getSingleResult();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public ActionItem find(Long id) {
        ActionItem item = scope.found(id == null ? null : em.find(ActionItem.class, id), this::visible, "ActionItem",
                id);
        item.getDueDateChanges().size();
        item.getFacility().getName();
        if (item.getMeeting() != null) {
            item.getMeeting().getTitle();
        }
        return item;
    }

    private boolean visible(ActionItem item) {
        if (caller.isPartner()) {
            return item.getOwnerContact() != null
                    && item.getOwnerContact().getAgency().getId().equals(caller.partnerAgencyId());
        }
        return scope.seesFacility(item.getFacility().getId());
    }

    // ------------------------------------------------------------------ writing

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public ActionItem create(ActionItemDraft draft) {
        Meeting meeting = null;
        Facility facility;
        if (draft.meetingId() != null) {
            try {
                meeting = meetings.find(draft.meetingId());
            } catch (RecordNotFound e) {
                throw InvalidInput.of("meetingId", "No such meeting in your scope.");
            }
            if (caller.isPartner() || !scope.seesFacility(meeting.getFacility().getId())) {
                throw InvalidInput.of("meetingId", "No such meeting in your scope.");
            }
            facility = meeting.getFacility();
        } else if (draft.facilityId() != null) {
            facility = scope.facilityRef(draft.facilityId(), "facilityId");
        } else {
            throw InvalidInput.of("facilityId", "Choose the facility (or the meeting).");
        }
        if (draft.dueOn() == null) {
            throw InvalidInput.of("dueOn", "Give the due date.");
        }
        ActionItem item = new ActionItem(facility, meeting, draft.title(), draft.dueOn());
        item.describe(draft.title(), draft.details());
        assignOwner(item, draft);
        validation.check(item);
        em.persist(item);
        em.flush();
        audit.created(item);
        tellOwner(item, "New action item for you: \"" + item.getTitle() + "\", due " + item.getDueOn() + ".");
        return item;
    }

    /** New title, details or owner (the due date moves through {@link #moveDue}). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public ActionItem change(Long id, long version, ActionItemDraft draft) {
        ActionItem item = current(id, version);
        requirePlanner(item);
        Map<String, Object> before = item.auditSnapshot();
        UserAccount previousOwner = item.getOwnerUser();
        item.describe(PartialEdit.text(draft.title(), item.getTitle()),
                PartialEdit.text(draft.details(), item.getDetails()));
        if (draft.ownerUserId() != null || draft.ownerContactId() != null) {
            assignOwner(item, draft);
        }
        validation.check(item);
        em.flush();
        audit.changed(before, item);
        if (item.getOwnerUser() != null && !item.getOwnerUser().equals(previousOwner)) {
            tellOwner(item, "Action item \"" + item.getTitle() + "\" is now yours, due " + item.getDueOn() + ".");
        }
        return item;
    }

    /** Moves the due date, keeping the original, with the reason: its owner or a planner. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public ActionItem moveDue(Long id, long version, LocalDate newDue, String reason) {
        ActionItem item = current(id, version);
        if (!isOwner(item)) {
            requirePlanner(item);
        }
        Map<String, Object> before = item.auditSnapshot();
        item.moveDue(newDue, caller.username(), reason, LocalDateTime.now());
        em.flush();
        audit.changed(before, item);
        return item;
    }

    /**
     * A status move: its owner (or, for an agency's item, that agency's partner) starts and completes it; managers,
     * directors and administrators also verify or reopen it.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_})
    public ActionItem move(Long id, long version, Move move) {
        ActionItem item = current(id, version);
        boolean worker = isOwner(item) || isPlanner(item) || (caller.isPartner() && item.getOwnerContact() != null);
        boolean checker = isPlanner(item);
        if ((move == Move.START || move == Move.COMPLETE) ? !worker : !checker) {
            throw new DomainRuleViolation("actionItem.notYours",
                    move == Move.VERIFY || move == Move.REOPEN ? "A manager checks and verifies the work."
                            : "Only its owner or a manager changes this item.");
        }
        Map<String, Object> before = item.auditSnapshot();
        switch (move) {
            case START -> item.start();
            case COMPLETE -> item.complete(LocalDateTime.now());
            case VERIFY -> item.verify(caller.username(), LocalDateTime.now());
            case REOPEN -> item.reopen();
        }
        em.flush();
        audit.changed(before, item);
        return item;
    }

    // ------------------------------------------------------------------ helpers

    private void assignOwner(ActionItem item, ActionItemDraft draft) {
        if ((draft.ownerUserId() == null) == (draft.ownerContactId() == null)) {
            throw InvalidInput.of("ownerUserId", "Choose one owner: a staff member or a person of an agency.");
        }
        if (draft.ownerUserId() != null) {
            item.assignTo(StaffRef.of(em, draft.ownerUserId(), Set.of(item.getFacility().getId()), "ownerUserId"),
                    null);
            return;
        }
        Contact contact = em.find(Contact.class, draft.ownerContactId());
        boolean fits = contact != null && (item.getMeeting() == null
                ? relatedTo(item.getFacility(), contact) : item.getMeeting().getAgencies().contains(contact.getAgency()));
        if (!fits) {
            throw InvalidInput.of("ownerContactId", "No such person at an agency of this facility.");
        }
        if (!contact.equals(item.getOwnerContact())) {
            contact.requireServing("ownerContactId");
        }
        item.assignTo(null, contact);
    }

    private boolean relatedTo(Facility facility, Contact contact) {
        return em.createQuery("select count(r) from Relationship r where r.facility = :f and r.agency = :a", Long.class)
                .setParameter("f", facility).setParameter("a", contact.getAgency()).getSingleResult() > 0;
    }

    private ActionItem current(Long id, long version) {
        ActionItem item = find(id);
        if (item.getVersion() != version) {
            throw new StaleRecord("ActionItem", id);
        }
        return item;
    }

    private boolean isOwner(ActionItem item) {
        return item.getOwnerUser() != null && item.getOwnerUser().getId().equals(caller.userId());
    }

    private boolean isPlanner(ActionItem item) {
        return caller.hasAny(Role.ADMIN, Role.DIRECTOR, Role.MANAGER) && !caller.isPartner()
                && scope.seesFacility(item.getFacility().getId());
    }

    private void requirePlanner(ActionItem item) {
        if (!isPlanner(item)) {
            throw new DomainRuleViolation("actionItem.notYours", "Only its owner or a manager changes this item.");
        }
    }

    private void tellOwner(ActionItem item, String text) {
        if (item.getOwnerUser() != null && !item.getOwnerUser().getId().equals(caller.userId())) {
            notifications.notify(item.getOwnerUser(), text, "/action-items/view?id=" + item.getId());
        }
    }

}
