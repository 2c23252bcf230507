package org.liaison.feedback;

import static org.liaison.platform.SqlNumbers.longOf;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.feedback.ActionStatus;
import org.liaison.domain.shared.CoreCapability;
import org.liaison.domain.feedback.Finding;
import org.liaison.domain.feedback.FindingKind;
import org.liaison.domain.feedback.Incident;
import org.liaison.domain.feedback.Rating;
import org.liaison.domain.feedback.Review;
import org.liaison.domain.feedback.ReviewComment;
import org.liaison.domain.feedback.ReviewStatus;
import org.liaison.notification.NotificationService;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * Reviews of incidents and exercises: staff of the facility write them, the agencies' partners add their side while
 * their input is asked for, a director or the facility's manager approves, and the improvement plan is tracked until
 * the review closes. Partners see only reviews shared with their agency (from agency input on, label permitting).
 */
@Stateless
public class ReviewService {

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

    @Inject
    ReviewVisibility visibility;

    public enum Move { START_DRAFT, REQUEST_AGENCY_INPUT, RETURN_TO_DRAFT, APPROVE, START_TRACKING, CLOSE }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<ReviewRow> search(ReviewFilter filter, LocalDate today, PageRequest page) {
        ListQuery list = new ListQuery(visibility).andEquals("r.facility.id", "facilityId", filter.facilityId())
                .andEquals("r.status", "status", filter.status()).andEquals("r.kind", "kind", filter.kind());
        if (filter.agencyId() != null) {
            list.and("exists (select a1.id from Review r1 join r1.agencies a1 where r1 = r and a1.id = :agencyId)",
                    "agencyId", filter.agencyId());
        }
        if (filter.pending()) {
            list.and("r.status in :pendingStatuses", "pendingStatuses", ReviewStatus.EDITABLE);
        }
        if (filter.repeatOnly()) {
            list.and("exists (select f.id from Finding f where f.review = r and f.kind = :afi and "
                    + RepeatFindings.REPEATED + ")", "afi", FindingKind.AREA_FOR_IMPROVEMENT);
        }
        // reviews alone, newest first, so the database reads the first page from ix_review_occurred and stops; a
        // join with the facility here made it start from the facilities and sort every review in scope
        TypedQuery<Review> query = em.createQuery("select r from Review r" + list.where()
                + " order by r.occurredOn desc, r.id desc", Review.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from Review r" + list.where(), Long.class);
        list.bind(scope, query, count);
        query.setHint("eclipselink.batch", "r.facility").setHint("eclipselink.batch", "r.agencies")
                .setHint("eclipselink.batch.type", "IN");
        List<Review> reviews = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        reviews.forEach(r -> {
            r.getFacility().getName();
            r.getAgencies().size();
        });
        long total = count.getSingleResult();
        if (reviews.isEmpty()) {
            return new Page<>(List.of(), total);
        }
        List<Long> ids = reviews.stream().map(Review::getId).toList();
        Set<Long> repeated = new HashSet<>(em.createQuery("select distinct f.review.id from Finding f"
                + " where f.review.id in :ids and f.kind = :afi and " + RepeatFindings.REPEATED, Long.class)
                .setParameter("ids", ids).setParameter("afi", FindingKind.AREA_FOR_IMPROVEMENT).getResultList());
        // the plan's progress of the whole page in one count grouped by review and status, whatever the page size;
        // its only condition is the page's reviews, so every database starts from the actions' review index (with the
        // status and due date in the condition, H2 at the demo's scale walked the open actions by their own index)
        Map<Long, long[]> progress = new HashMap<>();
        em.createQuery("select a.review.id, a.status, count(a), sum(case when a.dueOn < :today then 1 else 0 end)"
                + " from CorrectiveAction a where a.review.id in :ids group by a.review.id, a.status", Object[].class)
                .setParameter("ids", ids).setParameter("today", today).getResultList().forEach(row -> {
                    long[] plan = progress.computeIfAbsent((Long) row[0], review -> new long[3]);
                    plan[0] += longOf(row[2]);
                    if (ActionStatus.OPEN.contains((ActionStatus) row[1])) {
                        plan[1] += longOf(row[2]);
                        plan[2] += longOf(row[3]);
                    }
                });
        return new Page<>(reviews.stream().map(r -> {
            long[] p = progress.getOrDefault(r.getId(), new long[3]);
            return new ReviewRow(r, repeated.contains(r.getId()), p[0], p[1], p[2]);
        }).toList(), total);
    }


    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Review find(Long id) {
        Review review = scope.found(id == null ? null : em.find(Review.class, id), this::sees, "Review", id);
        review.getFacility().getName();
        review.getAgencies().size();
        review.getFindings().size();
        review.getComments().forEach(c -> c.getAgency().getName());
        review.getActions().size();
        if (review.getIncident() != null) {
            review.getIncident().getAgency().getName();
        }
        return review;
    }

    private boolean sees(Review review) {
        if (caller.isPartner()) {
            return review.isSharedWith(caller.partnerAgencyId());
        }
        return scope.seesFacility(review.getFacility().getId());
    }

    /** The capabilities of this review's areas for improvement that repeat in another review (SQL). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Set<CoreCapability> repeatedCapabilities(Long reviewId) {
        find(reviewId);
        return new HashSet<>(em.createQuery("select distinct f.capability from Finding f where f.review.id = :id"
                + " and f.kind = :afi and " + RepeatFindings.REPEATED, CoreCapability.class)
                .setParameter("id", reviewId).setParameter("afi", FindingKind.AREA_FOR_IMPROVEMENT).getResultList());
    }

    /** The review as an AAR/IP document (PDF) marked with its TLP label; whoever may read the review may print it. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public byte[] aarPdf(Long id) {
        Review review = find(id);
        return AarPdf.render(review, repeatedCapabilities(id));
    }

    /** A manager opens the review an incident requires. */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public Review openForIncident(Long incidentId) {
        Incident incident = em.find(Incident.class, incidentId == null ? -1L : incidentId);
        if (incident == null || !scope.seesFacility(incident.getFacility().getId())) {
            throw org.liaison.platform.InvalidInput.of("incidentId", "No such incident in your scope.");
        }
        Long existing = em.createQuery("select r.id from Review r where r.incident = :i", Long.class)
                .setParameter("i", incident).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            throw new org.liaison.domain.shared.DomainRuleViolation("review.incident.exists",
                    "This incident already has its review (" + existing + ").");
        }
        Review review = Review.ofIncident(incident, LocalDateTime.now());
        em.persist(review);
        em.flush();
        audit.created(review);
        return review;
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public Review update(Long id, long version, Review edited) {
        Review review = editable(id, version);
        Map<String, Object> before = review.auditSnapshot();
        review.updateFrom(edited);
        // the review as changed: the text's own rules, beside what an edit does not carry (kind, date, facility);
        // a refusal rolls the change back
        validation.check(review);
        em.flush();
        audit.changed(before, review);
        return review;
    }

    /** Officers contribute findings to a debrief too; approval stays with managers and directors. */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public Finding addFinding(Long id, FindingKind kind, CoreCapability capability, Rating rating, String text) {
        Review review = staffReview(id);
        Map<String, Object> before = review.auditSnapshot();
        Finding finding = review.addFinding(kind, capability, rating, text);
        em.flush();
        audit.changed(before, review);
        audit.created(finding);
        return finding;
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public void removeFinding(Long id, Long findingId) {
        Review review = staffReview(id);
        Finding finding = review.getFindings().stream().filter(f -> f.getId().equals(findingId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Finding", findingId));
        long fixing = em.createQuery("select count(a) from CorrectiveAction a where a.finding = :finding", Long.class)
                .setParameter("finding", finding).getSingleResult();
        if (fixing > 0) {
            // the improvement plan would lose what its actions answer: they are kept, so the finding stays
            throw new DomainRuleViolation("review.finding.fixedByActions", fixing == 1
                    ? "An action of the improvement plan fixes this finding, so it stays in the review."
                    : fixing + " actions of the improvement plan fix this finding, so it stays in the review.");
        }
        Map<String, Object> before = review.auditSnapshot();
        audit.deleted(finding);
        review.removeFinding(finding);
        em.flush();
        audit.changed(before, review);
    }

    /** One lifecycle move; a move the review's status does not allow is refused (409 over the API). */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public Review move(Long id, long version, Move move, LocalDate today) {
        Review review = editable(id, version);
        Map<String, Object> before = review.auditSnapshot();
        switch (move) {
            case START_DRAFT -> review.startDraft();
            case REQUEST_AGENCY_INPUT -> {
                review.requestAgencyInput();
                tellPartners(review);
            }
            case RETURN_TO_DRAFT -> review.returnToDraft();
            case APPROVE -> review.approve(caller.username(), today);
            case START_TRACKING -> review.startTracking();
            case CLOSE -> review.close(today);
        }
        em.flush();
        audit.changed(before, review);
        return review;
    }

    /** The agency's side, written by one of its partner users; marked with their agency and name. */
    @RolesAllowed(Role.PARTNER_)
    public ReviewComment addComment(Long id, String text) {
        Review review = find(id);
        Agency agency = em.find(Agency.class, caller.partnerAgencyId());
        UserAccount me = em.find(UserAccount.class, caller.userId());
        ReviewComment comment = review.addComment(agency, caller.username(), me.getDisplayName(), text,
                LocalDateTime.now());
        em.flush();
        audit.action("COMMENT_ADDED", "Review", review.getId(), caller.username(), null);
        audit.created(comment);
        return comment;
    }

    @RolesAllowed(Role.PARTNER_)
    public ReviewComment editComment(Long id, Long commentId, String text) {
        Review review = find(id);
        ReviewComment comment = review.getComments().stream().filter(c -> c.getId().equals(commentId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("ReviewComment", commentId));
        Map<String, Object> before = comment.auditSnapshot();
        comment.edit(caller.username(), text, LocalDateTime.now());
        em.flush();
        audit.action("COMMENT_CHANGED", "Review", review.getId(), caller.username(), null);
        audit.changed(before, comment);
        return comment;
    }

    private Review staffReview(Long id) {
        Review review = find(id);
        if (caller.isPartner()) {
            throw new EJBAccessException("Partners add comments, not findings.");
        }
        return review;
    }

    private Review editable(Long id, long version) {
        Review review = staffReview(id);
        if (review.getVersion() != version) {
            throw new StaleRecord("Review", id);
        }
        return review;
    }

    private void tellPartners(Review review) {
        em.createQuery("select u from UserAccount u where u.partnerAgency.id in :agencies and u.enabled = true",
                UserAccount.class).setParameter("agencies", review.agencyIds()).getResultList()
                .forEach(u -> notifications.notify(u, "Your agency's input is asked for on \"" + review.getTitle()
                        + "\".", "/reviews/view?id=" + review.getId()));
    }
}
