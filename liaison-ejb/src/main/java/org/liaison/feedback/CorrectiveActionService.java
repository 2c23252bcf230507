package org.liaison.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.feedback.ActionStatus;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.domain.feedback.Finding;
import org.liaison.domain.feedback.Review;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * The improvement plans: corrective actions of reviews, their owners and dates, and their lifecycle. Visible with
 * their review (staff by facility, partners when the review is shared with their agency). Managers and directors plan
 * and verify; an officer who owns an action starts and completes it.
 */
@Stateless
public class CorrectiveActionService {

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
    ReviewService reviews;

    @Inject
    ReviewVisibility visibility;

    public enum Move { ACCEPT, START, COMPLETE, VERIFY, DEFER, REJECT }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<CorrectiveAction> search(ActionFilter filter, LocalDate today, PageRequest page) {
        ListQuery list = new ListQuery(visibility).andEquals("r.facility.id", "facilityId", filter.facilityId())
                .andEquals("r.id", "reviewId", filter.reviewId())
                .andEquals("a.responsibleAgency.id", "agencyId", filter.agencyId())
                .andEquals("a.status", "status", filter.status());
        if (filter.mine()) {
            list.and("a.owner.id = :me", "me", caller.userId());
        }
        if (filter.progress() != null) {
            switch (filter.progress()) {
                case OPEN -> list.and("a.status in :open", "open", ActionStatus.OPEN);
                case OVERDUE -> list.and("a.status in :open and a.dueOn < :today",
                        Map.of("open", ActionStatus.OPEN, "today", today));
                case ON_TIME -> list.and("a.status in :done and a.completedOn <= a.originalDueOn", "done",
                        ActionStatus.DONE);
                case LATE -> list.and("a.status in :done and a.completedOn > a.originalDueOn", "done",
                        ActionStatus.DONE);
            }
        }
        TypedQuery<CorrectiveAction> query = em.createQuery("select a from CorrectiveAction a join a.review r"
                + " left join fetch a.responsibleAgency" + list.where() + " order by a.dueOn, a.id",
                CorrectiveAction.class);
        // The reviews with their facilities, the owners and their roles (an eager collection) for the whole page, one
        // query each. EclipseLink applied neither a fetch join nor a batch through a fetched review's alias (a query
        // per facility), and a fetch join of the owners leaves it reading each owner's roles on its own.
        query.setHint("eclipselink.batch", "a.review").setHint("eclipselink.batch", "a.review.facility")
                .setHint("eclipselink.batch", "a.owner").setHint("eclipselink.batch", "a.owner.roles")
                .setHint("eclipselink.batch.type", "IN");
        TypedQuery<Long> count = em.createQuery("select count(a) from CorrectiveAction a join a.review r"
                + list.where(), Long.class);
        list.bind(scope, query, count);
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public CorrectiveAction find(Long id) {
        CorrectiveAction action = id == null ? null : em.find(CorrectiveAction.class, id);
        if (action == null) {
            throw new RecordNotFound("CorrectiveAction", id);
        }
        try {
            reviews.find(action.getReview().getId());
        } catch (RecordNotFound outOfScope) {
            throw new RecordNotFound("CorrectiveAction", id);
        }
        if (action.getOwner() != null) {
            action.getOwner().getDisplayName();
        }
        if (action.getResponsibleAgency() != null) {
            action.getResponsibleAgency().getName();
        }
        return action;
    }

    /** Adds an action to a review's plan; the agency, the owner and the finding fixed are checked against it. */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public CorrectiveAction plan(Long reviewId, CorrectiveAction action, Long findingId, Long agencyId, Long ownerId) {
        Review review = reviews.find(reviewId);
        requireStaff();
        action.setId(null);
        Agency agency = agencyId == null ? null : scope.agencyRef(agencyId, "responsibleAgencyId");
        if (agency != null && !review.getAgencies().contains(agency)) {
            // the plan's partners are the review's agencies: another agency would be given work it cannot see
            throw InvalidInput.of("responsibleAgencyId", "Choose one of the agencies of this review.");
        }
        action.assign(action.getResponsibleOrganisation(), agency, action.getContactName(), ownerRef(ownerId, review));
        validation.check(action);
        Finding finding = findingId == null ? null : review.getFindings().stream()
                .filter(f -> f.getId().equals(findingId)).findFirst()
                .orElseThrow(() -> InvalidInput.of("findingId", "Choose an area for improvement of this review."));
        action.planIn(review, finding);
        em.persist(action);
        em.flush();
        audit.created(action);
        return action;
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public CorrectiveAction move(Long id, long version, Move move, String reason, LocalDate today) {
        CorrectiveAction action = current(id, version);
        boolean planner = caller.hasAny(Role.DIRECTOR, Role.MANAGER);
        boolean owner = action.getOwner() != null && action.getOwner().getId().equals(caller.userId());
        if (!planner && !(owner && (move == Move.START || move == Move.COMPLETE))) {
            throw new EJBAccessException("Only its owner starts and completes an action; managers do the rest.");
        }
        Map<String, Object> before = action.auditSnapshot();
        switch (move) {
            case ACCEPT -> action.accept();
            case START -> action.start();
            case COMPLETE -> action.complete(today);
            case VERIFY -> action.verify(caller.username(), today);
            case DEFER -> action.defer(reason);
            case REJECT -> action.reject(reason);
        }
        em.flush();
        audit.changed(before, action);
        return action;
    }

    /** Moves the due date (the original is kept), with the reason, into the audit trail. */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public CorrectiveAction moveDue(Long id, long version, LocalDate newDue, String reason) {
        CorrectiveAction action = current(id, version);
        Map<String, Object> before = action.auditSnapshot();
        action.moveDue(newDue, reason);
        em.flush();
        audit.changed(before, action);
        return action;
    }

    /** People who can own an action of this review: its facility's managers and officers, and directors. */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public List<UserAccount> ownerCandidates(Long reviewId, String name, int limit) {
        Review review = reviews.find(reviewId);
        return em.createQuery("select distinct u from UserAccount u join u.roles ro left join u.facilities f"
                        + " where u.enabled = true and lower(u.displayName) like :name and (ro = :director"
                        + " or (ro in :staff and f.id = :facility)) order by u.displayName", UserAccount.class)
                .setParameter("name", "%" + (name == null ? "" : name.toLowerCase(java.util.Locale.ROOT)) + "%")
                .setParameter("director", Role.DIRECTOR).setParameter("staff", List.of(Role.MANAGER, Role.OFFICER))
                .setParameter("facility", review.getFacility().getId()).setMaxResults(Math.min(limit, 20))
                .getResultList();
    }

    private UserAccount ownerRef(Long ownerId, Review review) {
        if (ownerId == null) {
            return null;
        }
        UserAccount owner = em.find(UserAccount.class, ownerId);
        boolean fits = owner != null && owner.isEnabled() && (owner.getRoles().contains(Role.DIRECTOR)
                || (owner.getRoles().contains(Role.MANAGER) || owner.getRoles().contains(Role.OFFICER))
                && owner.getFacilities().stream().anyMatch(f -> f.equals(review.getFacility())));
        if (!fits) {
            throw InvalidInput.of("ownerId", "No such staff member at this facility.");
        }
        return owner;
    }

    private void requireStaff() {
        if (caller.isPartner()) {
            throw new EJBAccessException("Partners do not plan actions.");
        }
    }

    private CorrectiveAction current(Long id, long version) {
        CorrectiveAction action = find(id);
        requireStaff();
        if (action.getVersion() != version) {
            throw new StaleRecord("CorrectiveAction", id);
        }
        return action;
    }
}
