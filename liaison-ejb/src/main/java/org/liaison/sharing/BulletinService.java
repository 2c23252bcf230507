package org.liaison.sharing;

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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.engagement.Engagement;
import org.liaison.domain.engagement.EngagementKind;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.sharing.Bulletin;
import org.liaison.domain.sharing.BulletinAttachment;
import org.liaison.domain.sharing.BulletinDirection;
import org.liaison.domain.sharing.BulletinRecipient;
import org.liaison.domain.sharing.BulletinStatus;
import org.liaison.domain.sharing.BulletinVersion;
import org.liaison.domain.sharing.RecipientStatus;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;
import org.liaison.engagement.EngagementService;
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
 * Bulletins: writing, releasing under the label's rule, updating with every version kept, withdrawing, triage of
 * inbound bulletins from partners, delivery to recipients and their acknowledgements. Every read filters by
 * {@link BulletinVisibility} in the query, so a bulletin the caller may not see answers as not found.
 */
@Stateless
public class BulletinService {

    static final String ALL = "ALL";
    private static final String[] EVERYONE = {Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_,
        Role.PARTNER_, Role.AUDITOR_};

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    BulletinVisibility visibility;

    @Inject
    Validation validation;

    @EJB
    AuditTrail audit;

    @EJB
    EngagementService engagements;

    @EJB
    NotificationService notifications;

    // ------------------------------------------------------------------ reading

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<BulletinRow> search(BulletinFilter filter, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ").append(visibility.condition("b"));
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and b.status = :status");
            params.put("status", filter.status());
        }
        if (filter.tlp() != null) {
            where.append(" and b.tlp = :tlp");
            params.put("tlp", filter.tlp());
        }
        if (filter.direction() != null) {
            where.append(" and b.direction = :direction");
            params.put("direction", filter.direction());
        }
        if (filter.category() != null) {
            where.append(" and b.category = :category");
            params.put("category", filter.category());
        }
        if (filter.facilityId() != null) {
            where.append(" and exists (select ff.id from Bulletin fb join fb.facilities ff where fb = b"
                    + " and ff.id = :facilityId)");
            params.put("facilityId", filter.facilityId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and lower(b.title) like :text");
            params.put("text", "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.toAcknowledge()) {
            where.append(" and b.status in :live and b.acknowledgementDeadline is not null and exists (select mr.id from"
                    + " BulletinRecipient mr where mr.bulletin = b and mr.status <> :acked and (mr.person.id = :me"
                    + " or mr.agency.id = :myAgency))");
            params.put("live", BulletinStatus.LIVE);
            params.put("acked", RecipientStatus.ACKNOWLEDGED);
            params.put("me", caller.userId());
            params.put("myAgency", caller.partnerAgencyId() == null ? -1L : caller.partnerAgencyId());
        }
        if (filter.pastDeadline()) {
            where.append(" and b.status in :liveD and b.acknowledgementDeadline is not null and b.acknowledgementDeadline"
                    + " < :today and exists (select dr.id from BulletinRecipient dr where dr.bulletin = b"
                    + " and dr.status <> :ackedD)");
            params.put("liveD", BulletinStatus.LIVE);
            params.put("ackedD", RecipientStatus.ACKNOWLEDGED);
            params.put("today", today);
        }
        String order = switch (page.sortFieldOr(Set.of("title", "tlp", "status", "acknowledgementDeadline"), "")) {
            case "title" -> "b.title";
            case "tlp" -> "b.tlp";
            case "status" -> "b.status";
            case "acknowledgementDeadline" -> "b.acknowledgementDeadline";
            default -> "";
        };
        String orderBy = order.isEmpty() ? " order by b.createdAt desc, b.id desc"
                : " order by " + order + (page.ascending() ? "" : " desc") + ", b.id desc";
        TypedQuery<Bulletin> query = em.createQuery("select b from Bulletin b" + where + orderBy, Bulletin.class);
        TypedQuery<Long> count = em.createQuery("select count(b) from Bulletin b" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            visibility.bind(q);
            params.forEach(q::setParameter);
        }
        List<Bulletin> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        Map<Long, long[]> rates = rates(items.stream().map(Bulletin::getId).toList());
        return new Page<>(items.stream().map(b -> row(b, rates.getOrDefault(b.getId(), new long[2]))).toList(),
                count.getSingleResult());
    }

    private static BulletinRow row(Bulletin b, long[] rate) {
        return new BulletinRow(b.getId(), b.getVersion(), b.getTitle(), b.getCategory(), b.getTlp(), b.getDirection(),
                b.getStatus(), b.getPublishedAt(), b.getValidUntil(), b.isAcknowledgementRequired(),
                b.getAcknowledgementDeadline(), b.getVersionNumber(), rate[0], rate[1]);
    }

    /** Recipients and acknowledgements per bulletin, for a page of bulletins in one query. */
    private Map<Long, long[]> rates(List<Long> ids) {
        Map<Long, long[]> rates = new HashMap<>();
        if (ids.isEmpty()) {
            return rates;
        }
        em.createQuery("select r.bulletin.id, count(r), sum(case when r.status = :acked then 1 else 0 end)"
                + " from BulletinRecipient r where r.bulletin.id in :ids group by r.bulletin.id", Object[].class)
                .setParameter("acked", RecipientStatus.ACKNOWLEDGED).setParameter("ids", ids).getResultList()
                .forEach(row -> rates.put((Long) row[0], new long[] {((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()}));
        return rates;
    }

    /** One bulletin the caller may read, with its parties loaded; otherwise not found. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Bulletin find(Long id) {
        List<Bulletin> found = id == null ? List.of() : visibility.bind(em.createQuery("select b from Bulletin b"
                + " where b.id = :id and " + visibility.condition("b"), Bulletin.class).setParameter("id", id))
                .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFound("Bulletin", id);
        }
        Bulletin b = found.get(0);
        b.getFacilities().size();
        b.getAudienceAgencies().size();
        b.getAudienceFacilities().size();
        b.getAudienceRoles().size();
        b.getNamedPeople().size();
        b.getAuthor().getDisplayName();
        if (b.getSourceAgency() != null) {
            b.getSourceAgency().getName();
        }
        return b;
    }

    /** Reads a bulletin as a recipient does: the first read marks the caller's delivery (or their agency's) opened. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Bulletin open(Long id) {
        Bulletin b = find(id);
        LocalDateTime now = LocalDateTime.now();
        mine(b).forEach(r -> r.open(now));
        return b;
    }

    /** What the bulletin's page shows, read at once: the bulletin itself is looked up and checked once. */
    public record Reading(Bulletin bulletin, boolean awaitsMyAcknowledgement, List<VersionView> versions,
            List<AttachmentInfo> attachments, boolean editable) {
    }

    /** Opens a bulletin for its page (as {@link #open}) with its versions, attachments and what the caller may do. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Reading read(Long id) {
        Bulletin b = find(id);
        List<BulletinRecipient> mine = mine(b);
        LocalDateTime now = LocalDateTime.now();
        mine.forEach(r -> r.open(now));
        return new Reading(b, awaitsAcknowledgement(b, mine), versionsOf(b), attachmentsOf(b),
                visibility.edits(b.facilityIds()));
    }

    /** Whether the caller (or their agency) still has to acknowledge it. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public boolean awaitsMyAcknowledgement(Long id) {
        Bulletin b = find(id);
        return awaitsAcknowledgement(b, mine(b));
    }

    private static boolean awaitsAcknowledgement(Bulletin b, List<BulletinRecipient> mine) {
        return b.getStatus().isLive() && mine.stream().anyMatch(r -> r.getStatus() != RecipientStatus.ACKNOWLEDGED);
    }

    private List<BulletinRecipient> mine(Bulletin b) {
        return em.createQuery("select r from BulletinRecipient r where r.bulletin = :b and (r.person.id = :me"
                + " or r.agency.id = :agency)", BulletinRecipient.class).setParameter("b", b)
                .setParameter("me", caller.userId())
                .setParameter("agency", caller.partnerAgencyId() == null ? -1L : caller.partnerAgencyId())
                .getResultList();
    }

    /** Whether the caller may change this bulletin (managers of its facilities, directors). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public boolean edits(Long id) {
        return visibility.edits(find(id).facilityIds());
    }

    /** Every version, newest first, each with the fields it changed from the one before. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public List<VersionView> versions(Long id) {
        return versionsOf(find(id));
    }

    private List<VersionView> versionsOf(Bulletin b) {
        List<BulletinVersion> versions = em.createQuery("select v from BulletinVersion v where v.bulletin = :b"
                + " order by v.number", BulletinVersion.class).setParameter("b", b).getResultList();
        List<VersionView> views = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            BulletinVersion v = versions.get(i);
            views.add(new VersionView(v.getNumber(), v.getTitle(), v.getBody(), v.getTlp(), v.getValidUntil(),
                    v.getAcknowledgementDeadline(), v.getChangeNote(), v.getSavedBy(), v.getSavedAt(),
                    v.changedFrom(i == 0 ? null : versions.get(i - 1))));
        }
        return views;
    }

    /** One kept version of a bulletin and what it changed from the previous one. */
    public record VersionView(int number, String title, String body, Tlp tlp, LocalDate validUntil,
            LocalDate acknowledgementDeadline, String changeNote, String savedBy, LocalDateTime savedAt,
            List<String> changed) implements java.io.Serializable {
    }

    /** The recipients of a bulletin and their progress: for its editors and the auditor. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public Page<RecipientRow> recipients(Long id, boolean onlyOverdue, LocalDate today, PageRequest page) {
        Bulletin b = find(id);
        scope.require(caller.has(Role.AUDITOR) || caller.has(Role.ADMIN) || visibility.edits(b.facilityIds())
                || b.getAuthor().getId().equals(caller.userId()), "Bulletin", id);
        return recipientQuery(" r.bulletin.id = :bid", Map.of("bid", id), onlyOverdue, today, page);
    }

    private Page<RecipientRow> recipientQuery(String condition, Map<String, Object> params, boolean onlyOverdue,
            LocalDate today, PageRequest page) {
        String overdue = "b.status in :live and b.acknowledgementDeadline is not null and b.acknowledgementDeadline < :today"
                + " and r.status <> :acked";
        String where = " where" + condition + (onlyOverdue ? " and " + overdue : "");
        TypedQuery<RecipientRow> query = em.createQuery("select new org.liaison.sharing.RecipientRow(r.id, b.id,"
                + " b.title, p.id, p.displayName, a.id, a.name, r.status, r.openedAt, r.acknowledgedAt,"
                + " r.acknowledgedBy, b.acknowledgementDeadline, b.acknowledgementRequired, b.status,"
                + " r.followedUpAt) from BulletinRecipient r join r.bulletin b left join r.person p"
                + " left join r.agency a" + where + " order by r.status, a.name, p.displayName, r.id",
                RecipientRow.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from BulletinRecipient r join r.bulletin b" + where,
                Long.class);
        for (TypedQuery<?> q : List.<TypedQuery<?>>of(query, count)) {
            visibility.bind(q);
            params.forEach(q::setParameter);
            if (onlyOverdue) {
                q.setParameter("live", BulletinStatus.LIVE).setParameter("today", today)
                        .setParameter("acked", RecipientStatus.ACKNOWLEDGED);
            }
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    /**
     * Director's question 8: acknowledgement rate of bulletins that ask for it, by TLP label and facility, counted in
     * the database over the bulletins the caller may see.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public List<AckRate> rateByLabelAndFacility() {
        TypedQuery<AckRate> query = em.createQuery("select new org.liaison.sharing.AckRate(b.tlp, f.id, f.name, count(r),"
                + " sum(case when r.status = :acked then 1 else 0 end)) from BulletinRecipient r join r.bulletin b"
                + " join b.facilities f where b.acknowledgementDeadline is not null and b.status in :released and "
                + visibility.condition("b") + (caller.seesAllFacilities() ? "" : " and f.id in :mine")
                + " group by b.tlp, f.id, f.name order by f.name, b.tlp", AckRate.class)
                .setParameter("acked", RecipientStatus.ACKNOWLEDGED)
                .setParameter("released", BulletinStatus.RELEASED);
        if (!caller.seesAllFacilities()) {
            query.setParameter("mine", caller.facilityIdsForQuery());
        }
        return visibility.bind(query).getResultList();
    }

    /** How many bulletins the caller (or their agency) still has to acknowledge. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public long countToAcknowledge() {
        return search(new BulletinFilter(null, null, null, null, null, null, true, false), LocalDate.now(),
                PageRequest.of(0, 1)).total();
    }

    // ------------------------------------------------------------------ writing

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Bulletin create(BulletinDraft draft) {
        if (draft.direction() == BulletinDirection.INBOUND) {
            throw InvalidInput.of("direction", "Inbound bulletins come from partners; record it as the agency's"
                    + " partner or choose outbound or internal.");
        }
        Bulletin b = new Bulletin(em.find(UserAccount.class, caller.userId()),
                draft.direction() == null ? BulletinDirection.OUTBOUND : draft.direction(), LocalDateTime.now());
        apply(b, draft, Unseen.NONE);
        em.persist(b);
        em.flush();
        audit.created(b);
        return b;
    }

    /** A partner's concern for the hospital: it waits for a manager's triage. */
    @RolesAllowed(Role.PARTNER_)
    public Bulletin submitInbound(BulletinDraft draft) {
        Agency agency = em.find(Agency.class, caller.partnerAgencyId());
        Bulletin b = new Bulletin(em.find(UserAccount.class, caller.userId()), BulletinDirection.INBOUND,
                LocalDateTime.now());
        b.receivedFrom(agency);
        write(b, draft);
        Set<Long> served = servedFacilities(agency);
        List<Facility> concerned = new ArrayList<>();
        for (Long fid : draft.facilityIds()) {
            if (!served.contains(fid)) {
                throw InvalidInput.of("facilityIds", "No such facility working with your agency.");
            }
            concerned.add(em.find(Facility.class, fid));
        }
        b.concern(concerned);
        b.address(List.of(), concerned, List.of(Role.MANAGER), List.of(), false);
        em.persist(b);
        em.flush();
        audit.created(b);
        return b;
    }

    /** The facilities an agency has a relationship with: those a partner may address. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public List<Facility> facilitiesServedByMyAgency() {
        if (caller.partnerAgencyId() == null) {
            return List.of();
        }
        return em.createQuery("select distinct r.facility from Relationship r where r.agency.id = :a"
                + " order by r.facility.name", Facility.class).setParameter("a", caller.partnerAgencyId())
                .getResultList();
    }

    private Set<Long> servedFacilities(Agency agency) {
        return new java.util.HashSet<>(em.createQuery("select r.facility.id from Relationship r where r.agency = :a",
                Long.class).setParameter("a", agency).getResultList());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Bulletin updateDraft(Long id, long version, BulletinDraft draft) {
        Bulletin b = editable(id, version);
        Map<String, Object> before = b.auditSnapshot();
        // what the caller cannot see stays: a manager edits a draft for several hospitals without dropping the others
        // (looked up before the change, as a scope query would flush a changed bulletin)
        Unseen unseen = new Unseen(b.getFacilities().stream().filter(f -> !scope.seesFacility(f.getId())).toList(),
                b.getAudienceAgencies().stream().filter(a -> !scope.seesAgency(a)).toList(),
                b.getAudienceFacilities().stream().filter(f -> !scope.seesFacility(f.getId())).toList(),
                b.getNamedPeople().stream().filter(u -> !reachable(u)).toList());
        apply(b, draft, unseen);
        em.flush();
        audit.changed(before, b);
        return b;
    }

    /** A draft's parties and audience outside the caller's scope, kept when they change the rest. */
    private record Unseen(List<Facility> concerned, List<Agency> agencies, List<Facility> staff,
            List<UserAccount> people) {
        static final Unseen NONE = new Unseen(List.of(), List.of(), List.of(), List.of());
    }

    /** Releases a draft: published and delivered, or to privacy review when it carries patient information. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Bulletin publish(Long id, long version) {
        Bulletin b = editable(id, version);
        Map<String, Object> before = b.auditSnapshot();
        if (b.submit(LocalDateTime.now())) {
            deliver(b, null);
        }
        em.flush();
        audit.changed(before, b);
        return b;
    }

    /** The privacy officer's approval (a director): the bulletin is published and delivered. */
    @RolesAllowed(Role.DIRECTOR_)
    public Bulletin approvePrivacy(Long id, long version) {
        Bulletin b = editable(id, version);
        Map<String, Object> before = b.auditSnapshot();
        b.approvePrivacy(caller.username(), LocalDateTime.now());
        deliver(b, null);
        em.flush();
        audit.changed(before, b);
        return b;
    }

    /**
     * A manager accepts an inbound bulletin: it may be re-labelled and addressed (the facilities' staff by default),
     * then goes on like a released draft.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Bulletin acceptInbound(Long id, long version, Tlp tlp, Set<Long> audienceFacilityIds, Set<Role> roles) {
        Bulletin b = editable(id, version);
        Map<String, Object> before = b.auditSnapshot();
        b.write(b.getTitle(), b.getBody(), b.getCategory(), tlp == null ? b.getTlp() : tlp, b.getValidUntil(),
                b.isAcknowledgementRequired(), b.getAcknowledgementDeadline(), b.isPatientInformation());
        Set<Long> staffFacilities = audienceFacilityIds == null || audienceFacilityIds.isEmpty()
                ? b.getFacilities().stream().map(Facility::getId).collect(java.util.stream.Collectors.toSet())
                : audienceFacilityIds;
        b.address(List.of(), staffFacilities.stream().map(f -> scope.facilityRef(f, "audienceFacilityIds")).toList(),
                roles == null ? Set.of() : roles, List.of(), false);
        if (b.acceptFromTriage(LocalDateTime.now())) {
            deliver(b, null);
        }
        em.flush();
        audit.changed(before, b);
        return b;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Bulletin declineInbound(Long id, long version, String reason) {
        Bulletin b = editable(id, version);
        Map<String, Object> before = b.auditSnapshot();
        b.decline(reason);
        em.flush();
        audit.changed(before, b);
        return b;
    }

    /** Publishes a new version; the previous stay readable, and recipients see what changed. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Bulletin revise(Long id, long version, BulletinDraft draft, String changeNote) {
        Bulletin b = editable(id, version);
        Map<String, Object> before = b.auditSnapshot();
        b.revise(draft.title(), draft.body(), draft.category(), draft.tlp(), draft.validUntil(),
                draft.acknowledgementRequired(), draft.acknowledgementDeadline());
        validation.check(b);
        em.persist(new BulletinVersion(b, changeNote, caller.username(), LocalDateTime.now()));
        em.flush();
        audit.changed(before, b);
        notifyRecipients(b, "Updated bulletin (version " + b.getVersionNumber() + "): " + b.getTitle());
        return b;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Bulletin withdraw(Long id, long version, String reason) {
        Bulletin b = editable(id, version);
        Map<String, Object> before = b.auditSnapshot();
        b.withdraw(reason);
        em.flush();
        audit.changed(before, b);
        return b;
    }

    /** The caller acknowledges for themself, or for their agency when they are its partner. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Bulletin acknowledge(Long id) {
        Bulletin b = find(id);
        List<BulletinRecipient> pending = mine(b).stream()
                .filter(r -> r.getStatus() != RecipientStatus.ACKNOWLEDGED).toList();
        if (pending.isEmpty()) {
            throw new DomainRuleViolation("bulletin.acknowledge.notRecipient", mine(b).isEmpty()
                    ? "This bulletin is not addressed to you or your agency for acknowledgement."
                    : "This bulletin is already acknowledged.");
        }
        LocalDateTime now = LocalDateTime.now();
        pending.forEach(r -> r.acknowledge(caller.username(), now));
        em.flush();
        audit.action("ACKNOWLEDGE", "Bulletin", b.getId(), caller.username(), null);
        return b;
    }

    /**
     * Logs the follow-up call to an agency that has not acknowledged after the deadline: an engagement (a call) with
     * that agency at the bulletin's facility, and the recipient marked as followed up.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Engagement followUp(Long bulletinId, Long recipientId, String note) {
        Bulletin b = find(bulletinId);
        scope.require(visibility.edits(b.facilityIds()), "Bulletin", bulletinId);
        BulletinRecipient r = recipientId == null ? null : em.find(BulletinRecipient.class, recipientId);
        if (r == null || !r.getBulletin().equals(b) || r.getAgency() == null) {
            throw InvalidInput.of("recipientId", "No such agency among this bulletin's recipients.");
        }
        if (!b.isPastDeadline(LocalDate.now())) {
            throw new DomainRuleViolation("bulletin.followUp.early", "The acknowledgement deadline has not passed.");
        }
        r.followedUp(LocalDateTime.now());
        Facility facility = b.getFacilities().stream().filter(f -> scope.seesFacility(f.getId())).findFirst()
                .orElseThrow(() -> new RecordNotFound("Bulletin", bulletinId));
        Engagement call = new Engagement(facility, r.getAgency(), EngagementKind.CALL, LocalDate.now(),
                "Follow-up call: bulletin \"" + b.getTitle() + "\" not acknowledged by its deadline"
                        + (note == null || note.isBlank() ? "" : ". " + note.strip()));
        return engagements.log(call, facility.getId(), r.getAgency().getId(), Set.of());
    }

    /**
     * People to name in an audience, by name (a lazy picker): enabled hospital staff of the caller's facilities
     * (directors everywhere) and partners of the agencies the caller can see.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public List<PersonOption> people(String query, int limit) {
        String text = "%" + (query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        TypedQuery<PersonOption> q = em.createQuery("select distinct new org.liaison.sharing.PersonOption(u.id,"
                + " u.displayName, a.name) from UserAccount u left join u.partnerAgency a where u.enabled = true"
                + " and lower(u.displayName) like :text and (" + (caller.seesAllFacilities() ? "1 = 1"
                : "exists (select uf.id from UserAccount u2 join u2.facilities uf where u2 = u and uf.id in :mine)")
                + " or (a is not null and " + scope.agencies("a") + ")) order by u.displayName", PersonOption.class)
                .setParameter("text", text);
        if (!caller.seesAllFacilities()) {
            q.setParameter("mine", caller.facilityIdsForQuery());
        }
        return scope.bind(q).setMaxResults(Math.min(Math.max(limit, 1), 25)).getResultList();
    }

    /** The managers who own the relationships of the partner's agency: whom the partner should call. */
    @RolesAllowed(Role.PARTNER_)
    public List<HospitalContact> hospitalContactsForMyAgency() {
        return em.createQuery("select new org.liaison.sharing.HospitalContact(f.name, o.displayName, o.email)"
                + " from Relationship r join r.facility f join r.owner o where r.agency.id = :a order by f.name",
                HospitalContact.class).setParameter("a", caller.partnerAgencyId()).getResultList();
    }

    // ------------------------------------------------------------------ attachments

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.PARTNER_})
    public BulletinAttachment attach(Long id, String fileName, byte[] content) {
        Bulletin b = find(id);
        boolean author = b.getAuthor().getId().equals(caller.userId());
        scope.require(author || visibility.edits(b.facilityIds()), "Bulletin", id);
        if (b.getStatus() == BulletinStatus.WITHDRAWN || b.getStatus() == BulletinStatus.EXPIRED) {
            throw new DomainRuleViolation("bulletin.transition", "A bulletin that has ended takes no attachments.");
        }
        BulletinAttachment attachment = new BulletinAttachment(b, fileName, content,
                caller.username(), LocalDateTime.now());
        em.persist(attachment);
        em.flush();
        audit.action("ATTACHMENT_ADDED", "Bulletin", b.getId(), caller.username(), null);
        audit.created(attachment);
        return attachment;
    }

    /** Attachments without their bytes. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public List<AttachmentInfo> attachments(Long id) {
        return attachmentsOf(find(id));
    }

    private List<AttachmentInfo> attachmentsOf(Bulletin b) {
        return em.createQuery("select new org.liaison.sharing.AttachmentInfo(a.id, a.file.fileName,"
                + " a.file.contentType, a.file.sizeBytes, a.file.sha256, a.file.uploadedBy, a.file.uploadedAt)"
                + " from BulletinAttachment a where a.bulletin = :b order by a.file.uploadedAt, a.id",
                AttachmentInfo.class).setParameter("b", b).getResultList();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public BulletinAttachment attachment(Long id, Long attachmentId) {
        find(id);
        BulletinAttachment a = attachmentId == null ? null : em.find(BulletinAttachment.class, attachmentId);
        if (a == null || !a.getBulletin().getId().equals(id)) {
            throw new RecordNotFound("BulletinAttachment", attachmentId);
        }
        return a;
    }

    // ------------------------------------------------------------------ daily

    /** Expires live bulletins past their valid-until date; idempotent. Returns how many changed. */
    @jakarta.annotation.security.PermitAll
    public int expire(LocalDate today) {
        List<Bulletin> due = em.createQuery("select b from Bulletin b where b.status in :live and b.validUntil < :today",
                Bulletin.class).setParameter("live", BulletinStatus.LIVE).setParameter("today", today).getResultList();
        int changed = 0;
        for (Bulletin b : due) {
            Map<String, Object> before = b.auditSnapshot();
            if (b.expireIfPast(today)) {
                audit.changed(before, b);
                changed++;
            }
        }
        return changed;
    }

    // ------------------------------------------------------------------ helpers

    private Bulletin editable(Long id, long version) {
        Bulletin b = find(id);
        scope.require(visibility.edits(b.facilityIds()), "Bulletin", id);
        if (b.getVersion() != version) {
            throw new StaleRecord("Bulletin", id);
        }
        return b;
    }

    private void write(Bulletin b, BulletinDraft d) {
        b.write(d.title(), d.body(), d.category(), d.tlp(), d.validUntil(), d.acknowledgementRequired(),
                d.acknowledgementDeadline(), d.patientInformation());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (d.category() == null) {
            errors.put("category", "Choose a category.");
        }
        if (d.tlp() == null) {
            errors.put("tlp", "Choose a TLP label.");
        }
        try {
            validation.check(b);
        } catch (InvalidInput invalid) {
            invalid.getFieldErrors().forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Content, facilities and audience from a draft; every id passed in is checked against the caller's scope. */
    private void apply(Bulletin b, BulletinDraft d, Unseen unseen) {
        write(b, d);
        b.concern(with(unseen.concerned(), d.facilityIds().stream().map(id -> scope.facilityRef(id, "facilityIds"))));
        List<Agency> agencies = with(unseen.agencies(),
                d.agencyIds().stream().map(id -> scope.agencyRef(id, "agencyIds")));
        List<Facility> staff = with(unseen.staff(),
                d.audienceFacilityIds().stream().map(id -> scope.facilityRef(id, "audienceFacilityIds")));
        List<UserAccount> people = with(unseen.people(), d.personIds().stream().map(this::personRef));
        b.address(agencies, staff, d.roles(), people, d.everyone());
    }

    /** The kept ones, then the named ones, each once. */
    private static <T> List<T> with(List<T> kept, java.util.stream.Stream<T> named) {
        Set<T> all = new java.util.LinkedHashSet<>(kept);
        named.forEach(all::add);
        return List.copyOf(all);
    }

    /** A named recipient: an enabled user who is hospital staff, or a partner of an agency the caller can see. */
    private UserAccount personRef(Long id) {
        UserAccount u = id == null ? null : em.find(UserAccount.class, id);
        if (u == null || !u.isEnabled() || !reachable(u)) {
            throw InvalidInput.of("personIds", "No such person.");
        }
        return u;
    }

    /** Staff of the caller's facilities or a director, or a partner of an agency the caller sees. */
    private boolean reachable(UserAccount u) {
        return u.getPartnerAgency() == null
                ? caller.seesAllFacilities() || u.getFacilities().stream().anyMatch(f -> scope.seesFacility(f.getId()))
                        || u.getRoles().contains(Role.DIRECTOR)
                : scope.seesAgency(u.getPartnerAgency());
    }

    /**
     * Creates the recipients of a just-published bulletin: each agency, each named person, and the staff of the
     * addressed facilities in the addressed roles (officers and managers when no role is named), once each.
     */
    void deliver(Bulletin b, LocalDateTime at) {
        LocalDateTime now = at == null ? LocalDateTime.now() : at;
        em.persist(new BulletinVersion(b, null, caller.username() == null ? "system" : caller.username(), now));
        for (Agency agency : b.getAudienceAgencies()) {
            em.persist(BulletinRecipient.agency(b, agency, now));
        }
        Set<UserAccount> people = new LinkedHashSet<>(b.getNamedPeople());
        people.addAll(staffRecipients(em, b));
        for (UserAccount person : people) {
            em.persist(BulletinRecipient.person(b, person, now));
        }
        notifyRecipients(b, "New bulletin (" + b.getTlp().label() + "): " + b.getTitle());
    }

    /** The staff a bulletin's audience addresses by facility and role. */
    static List<UserAccount> staffRecipients(EntityManager em, Bulletin b) {
        if (b.getAudienceFacilities().isEmpty() && b.getAudienceRoles().isEmpty()) {
            return List.of();
        }
        Set<Long> facilities = b.getAudienceFacilities().isEmpty() ? b.facilityIds()
                : b.getAudienceFacilities().stream().map(Facility::getId).collect(java.util.stream.Collectors.toSet());
        Set<Role> roles = b.getAudienceRoles().isEmpty() ? EnumSet.of(Role.OFFICER, Role.MANAGER)
                : b.getAudienceRoles();
        return em.createQuery("select distinct u from UserAccount u join u.facilities f join u.roles r"
                + " where f.id in :f and r in :roles and u.enabled = true", UserAccount.class)
                .setParameter("f", facilities).setParameter("roles", roles)
                // roles are an eager collection: one query for all of them, not one per person addressed
                .setHint("eclipselink.batch", "u.roles").setHint("eclipselink.batch.type", "IN").getResultList();
    }

    private void notifyRecipients(Bulletin b, String text) {
        String link = "/bulletins/view?id=" + b.getId();
        List<UserAccount> people = em.createQuery("select distinct u from UserAccount u, BulletinRecipient r"
                + " where r.bulletin = :b and (r.person = u or (r.agency is not null and u.partnerAgency = r.agency))"
                + " and u.enabled = true", UserAccount.class).setParameter("b", b)
                .setHint("eclipselink.batch", "u.roles").setHint("eclipselink.batch.type", "IN").getResultList();
        String shortText = text.length() > 480 ? text.substring(0, 480) : text;
        people.forEach(u -> notifications.notify(u, shortText, link));
    }
}
