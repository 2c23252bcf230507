package org.liaison.disclosure;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.sharing.disclosure.AccountingSuspension;
import org.liaison.domain.sharing.disclosure.Disclosure;
import org.liaison.domain.sharing.disclosure.DisclosureStatus;
import org.liaison.domain.sharing.disclosure.Mrn;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;
import org.liaison.sharing.BulletinVisibility;

/**
 * HIPAA disclosure accounting: recording disclosures to law enforcement with every field 164.528 asks for, their
 * approval, the accounting for one patient over six years, and suspensions of it. Patient identifiers leave this
 * service masked, except on one record for managers, directors and auditors, and every such full view is audited.
 */
@Stateless
public class DisclosureService {

    /** The roles that may see a full patient identifier (on the record itself) and make an accounting. */
    public static final String[] IDENTIFIER_ROLES = {Role.MANAGER_, Role.DIRECTOR_, Role.AUDITOR_};

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    Validation validation;

    @Inject
    BulletinVisibility bulletins;

    @EJB
    AuditTrail audit;

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    public Disclosure record(DisclosureInput in) {
        Disclosure d = new Disclosure(in.mrn(), in.disclosedOn(), in.recipientName(), in.recipientAddress(),
                in.description(), in.purpose(), in.basis(), in.legalDocument(), in.legalReference());
        Map<String, String> errors = new LinkedHashMap<>();
        Facility facility = null;
        Agency agency = null;
        try {
            facility = in.facilityId() == null ? null : scope.facilityRef(in.facilityId(), "facilityId");
        } catch (InvalidInput e) {
            errors.putAll(e.getFieldErrors());
        }
        try {
            agency = in.agencyId() == null ? null : scope.agencyRef(in.agencyId(), "agencyId");
        } catch (InvalidInput e) {
            errors.putAll(e.getFieldErrors());
        }
        d.disclosedBy(facility, agency);
        d.missingFields().forEach(errors::putIfAbsent);
        try {
            validation.check(d);
        } catch (InvalidInput e) {
            e.getFieldErrors().forEach(errors::putIfAbsent);
        }
        if (in.disclosedOn() != null && in.disclosedOn().isAfter(LocalDate.now())) {
            errors.putIfAbsent("disclosedOn", "A disclosure is recorded once it is made, not ahead.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (in.bulletinId() != null) {
            // a bulletin the person may read: a draft or a label that keeps it from them is unknown, as elsewhere
            List<org.liaison.domain.sharing.Bulletin> readable = bulletins.bind(em.createQuery("select b from Bulletin b"
                    + " where b.id = :id and " + bulletins.condition("b"), org.liaison.domain.sharing.Bulletin.class)
                    .setParameter("id", in.bulletinId())).getResultList();
            if (readable.isEmpty() || readable.get(0).facilityIds().stream().noneMatch(scope::seesFacility)) {
                throw InvalidInput.of("bulletinId", "No such bulletin.");
            }
            d.partOf(readable.get(0));
        }
        d.recorded(caller.username(), LocalDateTime.now());
        em.persist(d);
        em.flush();
        audit.created(d);
        return d;
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Page<DisclosureRow> search(DisclosureFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ").append(scope.byFacility("d.facility.id"));
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and d.status = :status");
            params.put("status", filter.status());
        }
        if (filter.basis() != null) {
            where.append(" and d.basis = :basis");
            params.put("basis", filter.basis());
        }
        if (filter.facilityId() != null) {
            where.append(" and d.facility.id = :facilityId");
            params.put("facilityId", filter.facilityId());
        }
        if (filter.agencyId() != null) {
            where.append(" and d.agency.id = :agencyId");
            params.put("agencyId", filter.agencyId());
        }
        if (filter.mrn() != null && !filter.mrn().isBlank()) {
            where.append(" and d.mrn = :mrn");
            params.put("mrn", Mrn.normalise(filter.mrn()));
        }
        if (filter.from() != null) {
            where.append(" and d.disclosedOn >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and d.disclosedOn <= :to");
            params.put("to", filter.to());
        }
        TypedQuery<DisclosureRow> query = em.createQuery("select new org.liaison.disclosure.DisclosureRow(d.id, d.mrn,"
                + " d.disclosedOn, f.name, a.name, d.recipientName, d.purpose, d.basis, d.status, true)"
                + " from Disclosure d join d.facility f join d.agency a" + where
                + " order by d.disclosedOn desc, d.id desc", DisclosureRow.class);
        TypedQuery<Long> count = em.createQuery("select count(d) from Disclosure d" + where, Long.class);
        for (TypedQuery<?> q : List.<TypedQuery<?>>of(query, count)) {
            scope.bind(q);
            params.forEach(q::setParameter);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    /** One disclosure in the caller's scope (its identifier is the caller's to mask or show, see below). */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Disclosure find(Long id) {
        Disclosure d = scope.found(id == null ? null : em.find(Disclosure.class, id),
                x -> scope.seesFacility(x.getFacility().getId()), "Disclosure", id);
        d.getAgency().getName();
        d.getFacility().getName();
        if (d.getApprovedBy() != null) {
            d.getApprovedBy().getDisplayName();
        }
        return d;
    }

    /** Whether the caller sees full identifiers on a record. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public boolean showsFullIdentifier() {
        return caller.hasAny(Role.MANAGER, Role.DIRECTOR, Role.AUDITOR);
    }

    /** The full patient identifier of one disclosure, for the roles allowed to see it; the view is audited. */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public String fullIdentifier(Long id) {
        Disclosure d = find(id);
        audit.action("VIEW_IDENTIFIER", "Disclosure", d.getId(), caller.username(), null);
        return d.getMrn();
    }

    @RolesAllowed(Role.DIRECTOR_)
    public Disclosure approve(Long id, long version) {
        Disclosure d = find(id);
        if (d.getVersion() != version) {
            throw new StaleRecord("Disclosure", id);
        }
        Map<String, Object> before = d.auditSnapshot();
        d.approve(em.find(UserAccount.class, caller.userId()), LocalDateTime.now());
        em.flush();
        audit.changed(before, d);
        return d;
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public long countAwaitingApproval() {
        return search(new DisclosureFilter(DisclosureStatus.AWAITING_APPROVAL, null, null, null, null, null, null),
                PageRequest.of(0, 1)).total();
    }

    /**
     * The accounting for one patient as made on the given day: disclosures of the six years before it, leaving out
     * those a suspension holding on that day covers, each listed and grouped by recipient and purpose. Audited: the
     * caller looked up a patient.
     */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public Accounting accounting(String mrn, LocalDate asOf) {
        String patient = Mrn.normalise(mrn);
        if (patient == null || patient.isBlank()) {
            throw InvalidInput.of("mrn", "Enter the patient's medical record number.");
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        LocalDate from = day.minusYears(6);
        String where = " where d.mrn = :mrn and d.disclosedOn >= :from and d.disclosedOn <= :asOf and "
                + scope.byFacility("d.facility.id") + " and not exists (select s.id from AccountingSuspension s"
                + " where s.agency = d.agency and (s.mrn is null or s.mrn = d.mrn) and s.requestedOn <= :asOf"
                + " and s.lastDay >= :asOf)";
        TypedQuery<Accounting.Entry> entries = em.createQuery("select new org.liaison.disclosure.Accounting$Entry("
                + "d.id, d.disclosedOn, a.name, d.recipientName, d.recipientAddress, d.description, d.purpose, d.basis,"
                + " d.legalDocument) from Disclosure d join d.agency a" + where
                + " order by d.disclosedOn, d.id", Accounting.Entry.class);
        TypedQuery<Object[]> groups = em.createQuery("select a.name, d.recipientName, min(d.recipientAddress),"
                + " d.purpose, min(d.disclosedOn), count(d), max(d.disclosedOn) from Disclosure d join d.agency a"
                + where + " group by a.name, d.recipientName, d.purpose order by min(d.disclosedOn)", Object[].class);
        for (TypedQuery<?> q : List.<TypedQuery<?>>of(entries, groups)) {
            scope.bind(q);
            q.setParameter("mrn", patient).setParameter("from", from).setParameter("asOf", day);
        }
        List<Accounting.Summary> summary = groups.getResultList().stream().map(r -> new Accounting.Summary(
                (String) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
                ((Number) r[5]).longValue(), (LocalDate) r[6])).toList();
        audit.action("ACCOUNTING", "Disclosure", null, caller.username(), null);
        return new Accounting(patient, day, from, entries.getResultList(), summary);
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public byte[] accountingPdf(String mrn, LocalDate asOf) {
        return AccountingPdf.render(accounting(mrn, asOf), caller.username(), LocalDateTime.now());
    }

    // ------------------------------------------------------------------ suspensions

    /** Records a law-enforcement request to suspend the accounting: written (until a date) or oral (30 days). */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public AccountingSuspension suspend(Long agencyId, String mrn, boolean written, LocalDate requestedOn,
            LocalDate until, String requestedBy, String statement) {
        if (agencyId == null) {
            throw InvalidInput.of("agencyId", "Choose the agency that asked.");
        }
        Agency agency = scope.agencyRef(agencyId, "agencyId");
        AccountingSuspension s = written
                ? AccountingSuspension.written(agency, mrn, requestedOn, until, requestedBy, statement)
                : AccountingSuspension.oral(agency, mrn, requestedOn, requestedBy, statement);
        s.recorded(caller.username(), LocalDateTime.now());
        validation.check(s);
        em.persist(s);
        em.flush();
        audit.action("SUSPEND_ACCOUNTING", "Agency", agency.getId(), caller.username(), null);
        audit.created(s);
        return s;
    }

    /**
     * The agency confirmed its oral request in writing while it still held: from now on it holds until the written
     * document's date. writtenOn: the day the written request came (default today, not later). A stale version is
     * refused; one already in writing or lapsed is refused by the rule.
     */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public AccountingSuspension putInWriting(Long id, long version, LocalDate writtenOn, LocalDate until) {
        AccountingSuspension s = suspension(id);
        if (s.getVersion() != version) {
            throw new StaleRecord("AccountingSuspension", id);
        }
        LocalDate today = LocalDate.now();
        LocalDate on = writtenOn == null ? today : writtenOn;
        if (on.isAfter(today)) {
            throw InvalidInput.of("writtenOn", "The written request cannot come after today.");
        }
        Map<String, Object> before = s.auditSnapshot();
        s.putInWriting(on, until);
        em.flush();
        audit.changed(before, s);
        audit.action("SUSPENSION_WRITTEN", "Agency", s.getAgency().getId(), caller.username(), null);
        return s;
    }

    /**
     * The agency withdrew its request: from {@code on} the accounting shows the disclosures again. Audited with the
     * day it ended; a stale version or a lapsed suspension is refused.
     */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    public AccountingSuspension endSuspension(Long id, long version, LocalDate on) {
        AccountingSuspension s = suspension(id);
        if (s.getVersion() != version) {
            throw new StaleRecord("AccountingSuspension", id);
        }
        Map<String, Object> before = s.auditSnapshot();
        s.end(on);
        em.flush();
        audit.changed(before, s);
        audit.action("SUSPENSION_ENDED", "Agency", s.getAgency().getId(), caller.username(), null);
        return s;
    }

    /**
     * What suspensions do to one patient's accounting made on the day: each suspension holding then that covers the
     * patient, with how many of the six years' disclosures it leaves out (shown again after its last day).
     */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public List<Held> heldFrom(String mrn, LocalDate asOf) {
        String patient = Mrn.normalise(mrn);
        if (patient == null || patient.isBlank()) {
            return List.of();
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        TypedQuery<Object[]> q = em.createQuery("select s.id, count(d) from AccountingSuspension s, Disclosure d"
                + " where d.agency = s.agency and d.mrn = :mrn and (s.mrn is null or s.mrn = d.mrn)"
                + " and d.disclosedOn >= :from and d.disclosedOn <= :asOf and s.requestedOn <= :asOf"
                + " and s.lastDay >= :asOf and " + scope.byFacility("d.facility.id") + " group by s.id", Object[].class);
        scope.bind(q);
        q.setParameter("mrn", patient).setParameter("from", day.minusYears(6)).setParameter("asOf", day);
        Map<Long, Long> counts = new HashMap<>();
        q.getResultList().forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        if (counts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from AccountingSuspension s join fetch s.agency where s.id in :ids"
                + " order by s.lastDay, s.id", AccountingSuspension.class).setParameter("ids", counts.keySet())
                .getResultList().stream().map(x -> new Held(x, counts.get(x.getId()))).toList();
    }

    /** A suspension that holds on an accounting's day, and how many disclosures it leaves out of it. */
    public record Held(AccountingSuspension suspension, long disclosures) implements java.io.Serializable {
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public AccountingSuspension suspension(Long id) {
        return scope.found(id == null ? null : em.find(AccountingSuspension.class, id),
                s -> canSee(s.getAgency()), "AccountingSuspension", id);
    }

    /** Suspensions holding on the day, or every one when activeOn is null, newest first. */
    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    public List<AccountingSuspension> suspensions(LocalDate activeOn) {
        String where = " where " + scope.agencies("a") + (activeOn == null ? ""
                : " and s.requestedOn <= :day and s.lastDay >= :day");
        TypedQuery<AccountingSuspension> q = em.createQuery("select s from AccountingSuspension s join fetch s.agency a"
                + where + " order by s.requestedOn desc, s.id desc", AccountingSuspension.class);
        scope.bind(q);
        if (activeOn != null) {
            q.setParameter("day", activeOn);
        }
        return q.setMaxResults(200).getResultList();
    }

    private boolean canSee(Agency agency) {
        try {
            scope.agency(agency.getId());
            return true;
        } catch (RecordNotFound e) {
            return false;
        }
    }
}
