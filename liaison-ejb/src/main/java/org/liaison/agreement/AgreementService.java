package org.liaison.agreement;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agreement.Agreement;
import org.liaison.domain.agreement.AgreementDocument;
import org.liaison.domain.agreement.AgreementStatus;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * Agreements with agencies: terms, parties, lifecycle and signed documents. Staff see the agreements of their
 * facilities; a partner sees those their agency is party to; managers, directors and administrators change them.
 */
@Stateless
public class AgreementService {

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

    /** The moves a user can ask for; the calendar ones (expiring, expired) are the daily job's. */
    /** The columns the agreement list sorts by (names as people read them). */
    private static final java.util.Set<String> SORTABLE = java.util.Set.of("title", "status", "effectiveOn", "expiresOn");

    public enum Move { SUBMIT, RETURN_TO_DRAFT, SIGN, ACTIVATE, RENEW, TERMINATE }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<Agreement> search(AgreementFilter filter, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ")
                .append(scope.anyParty("Agreement", "g", "facilities", "agencies"));
        Map<String, Object> params = new HashMap<>();
        if (filter.facilityId() != null) {
            where.append(" and exists (select f1.id from Agreement g1 join g1.facilities f1 where g1 = g"
                    + " and f1.id = :facilityId)");
            params.put("facilityId", filter.facilityId());
        }
        if (filter.agencyId() != null) {
            where.append(" and exists (select a1.id from Agreement g2 join g2.agencies a1 where g2 = g"
                    + " and a1.id = :agencyId)");
            params.put("agencyId", filter.agencyId());
        }
        if (filter.status() != null) {
            where.append(" and g.status = :status");
            params.put("status", filter.status());
        }
        if (filter.expiringWithinDays() != null) {
            where.append(" and g.status in :inForce and g.period.expiresOn <= :horizon");
            params.put("inForce", AgreementStatus.IN_FORCE);
            params.put("horizon", today.plusDays(filter.expiringWithinDays()));
        }
        String sort = page.sortFieldOr(SORTABLE, "expiresOn");
        String key = switch (sort) {
            case "title" -> "lower(g.title)";
            case "status" -> "g.status";
            case "effectiveOn" -> "g.period.effectiveOn";
            default -> "g.period.expiresOn";
        };
        TypedQuery<Agreement> query = em.createQuery("select g from Agreement g" + where
                + " order by " + key + (page.ascending() ? " asc" : " desc") + ", g.id", Agreement.class);
        TypedQuery<Long> count = em.createQuery("select count(g) from Agreement g" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            scope.bind(q);
            params.forEach(q::setParameter);
        }
        // The parties and the (eagerly fetched) clause tags of a whole page in one query each, not one per row.
        query.setHint("eclipselink.batch", "g.agencies").setHint("eclipselink.batch", "g.facilities")
                .setHint("eclipselink.batch", "g.clauses").setHint("eclipselink.batch.type", "IN");
        List<Agreement> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        items.forEach(g -> {
            g.getAgencies().size();
            g.getFacilities().size();
        });
        return new Page<>(items, count.getSingleResult());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Agreement find(Long id) {
        Agreement agreement = scope.found(id == null ? null : em.find(Agreement.class, id),
                g -> scope.sees(g.facilityIds(), g.agencyIds()), "Agreement", id);
        agreement.getFacilities().size();
        agreement.getAgencies().size();
        if (agreement.getOwner() != null) {
            agreement.getOwner().getDisplayName();
        }
        return agreement;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Agreement create(Agreement agreement, Set<Long> facilityIds, Set<Long> agencyIds, Long ownerId) {
        agreement.setId(null);
        validation.check(agreement);
        assignParties(agreement, facilityIds, agencyIds, List.of(), List.of());
        agreement.setOwner(ownerId == null ? em.find(UserAccount.class, caller.userId())
                : scope.ownerRef(ownerId, agreement.facilityIds(), "ownerId"));
        em.persist(agreement);
        em.flush();
        audit.created(agreement);
        return agreement;
    }

    /** Changes the terms and parties, and the owner when {@code ownerId} is given. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Agreement updateTerms(Long id, long version, Agreement edited, Set<Long> facilityIds, Set<Long> agencyIds,
            Long ownerId) {
        Agreement agreement = editable(id, version);
        validation.check(edited);
        Map<String, Object> before = agreement.auditSnapshot();
        // the parties the caller cannot see stay: a manager edits a shared agreement without dropping the other
        // hospital (looked up before the change, as a scope query would flush a changed agreement)
        List<Facility> otherFacilities = agreement.getFacilities().stream()
                .filter(f -> !scope.seesFacility(f.getId())).toList();
        List<Agency> otherAgencies = agreement.getAgencies().stream().filter(a -> !scope.seesAgency(a)).toList();
        agreement.updateTermsFrom(edited);
        assignParties(agreement, facilityIds, agencyIds, otherFacilities, otherAgencies);
        if (ownerId != null) { // a new owner among the staff of the agreement's facilities; none given keeps the owner
            agreement.setOwner(scope.ownerRef(ownerId, agreement.facilityIds(), "ownerId"));
        }
        em.flush();
        audit.changed(before, agreement);
        return agreement;
    }

    /** One lifecycle move; the agreement refuses a move its status does not allow (409 over the API). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public Agreement move(Long id, long version, Move move, LocalDate today, LocalDate newExpiresOn, String reason) {
        Agreement agreement = editable(id, version);
        Map<String, Object> before = agreement.auditSnapshot();
        switch (move) {
            case SUBMIT -> agreement.submitForReview();
            case RETURN_TO_DRAFT -> agreement.returnToDraft();
            case SIGN -> agreement.sign(today);
            case ACTIVATE -> agreement.activate(today);
            case RENEW -> agreement.renew(newExpiresOn);
            case TERMINATE -> agreement.terminate(reason);
        }
        em.flush();
        audit.changed(before, agreement);
        return agreement;
    }

    /** Attaches a new version of the signed document (PDF, at most 10 MB). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public AgreementDocument attach(Long id, String fileName, byte[] content) {
        Agreement agreement = find(id);
        requireEditor(agreement);
        Integer last = em.createQuery("select max(d.versionNumber) from AgreementDocument d where d.agreement = :g",
                Integer.class).setParameter("g", agreement).getSingleResult();
        AgreementDocument document = new AgreementDocument(agreement, last == null ? 1 : last + 1, fileName, content,
                caller.username(), LocalDateTime.now());
        em.persist(document);
        em.flush();
        audit.action("DOCUMENT_ADDED", "Agreement", agreement.getId(), caller.username(), null);
        audit.created(document);
        return document;
    }

    /** Documents without their bytes, newest version first. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public List<DocumentInfo> documents(Long agreementId) {
        find(agreementId);
        return em.createQuery("select new org.liaison.agreement.DocumentInfo(d.id, d.versionNumber, d.file.fileName,"
                + " d.file.sizeBytes, d.file.sha256, d.file.uploadedBy, d.file.uploadedAt) from AgreementDocument d"
                + " where d.agreement.id = :g order by d.versionNumber desc", DocumentInfo.class)
                .setParameter("g", agreementId).getResultList();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public AgreementDocument document(Long agreementId, Long documentId) {
        find(agreementId);
        AgreementDocument document = documentId == null ? null : em.find(AgreementDocument.class, documentId);
        if (document == null || !document.getAgreement().getId().equals(agreementId)) {
            throw new RecordNotFound("AgreementDocument", documentId);
        }
        return document;
    }

    private Agreement editable(Long id, long version) {
        Agreement agreement = find(id);
        requireEditor(agreement);
        if (agreement.getVersion() != version) {
            throw new StaleRecord("Agreement", id);
        }
        return agreement;
    }

    /** Editors are staff (the role check keeps partners out), so their facilities decide. */
    private void requireEditor(Agreement agreement) {
        scope.require(scope.sees(agreement.facilityIds(), Set.of()), "Agreement", agreement.getId());
    }

    /**
     * Resolves the ids within the caller's scope, beside the parties kept from outside it; the agreement itself
     * refuses to be left without either side.
     */
    private void assignParties(Agreement agreement, Set<Long> facilityIds, Set<Long> agencyIds,
            List<Facility> keptFacilities, List<Agency> keptAgencies) {
        Set<Facility> facilities = new LinkedHashSet<>(keptFacilities);
        if (facilityIds != null) {
            facilityIds.forEach(id -> facilities.add(scope.facilityRef(id, "facilityIds")));
        }
        Set<Agency> agencies = new LinkedHashSet<>(keptAgencies);
        if (agencyIds != null) {
            agencyIds.forEach(id -> agencies.add(scope.agencyRef(id, "agencyIds")));
        }
        agreement.assignParties(facilities, agencies);
    }
}
