package org.liaison.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;

/**
 * What the caller may see, the one place every service asks. Three axes: facilities (directors, auditors and
 * administrators see all; managers and officers theirs), agencies (staff see the agencies their facilities have a
 * relationship with), and the partner's own agency (a partner sees only what is addressed to it).
 * <ul>
 * <li>Lists filter in the query: {@link #byFacility}, {@link #byFacilityOrAgency}, {@link #agencies}, then
 * {@link #bind} the query.</li>
 * <li>A record asked for by id is {@code visible or not found}: {@link #facility}, {@link #agency},
 * {@link #contact}, {@link #require} (404 over the API).</li>
 * <li>An id passed in to be attached to something (an agreement's agency, an owner, a participant) is checked by the
 * {@code ...Ref} methods: missing and out of scope get the same 400 on the field, naming nothing, so the answer
 * tells nobody what exists elsewhere.</li>
 * </ul>
 */
@RequestScoped
public class Scope {

    private static final String FACILITIES = "scopeFacilityIds";
    private static final String AGENCY = "scopeAgencyId";

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    // ------------------------------------------------------------------ lists: conditions for the query

    /** Records of one facility (an engagement, a relationship): a JPQL condition on the facility id path. */
    public String byFacility(String facilityIdPath) {
        return byFacilityOrAgency(facilityIdPath, null);
    }

    /**
     * Records between a facility and an agency: staff by the facility, a partner by their agency (no agency path:
     * partners see none of them).
     */
    public String byFacilityOrAgency(String facilityIdPath, String agencyIdPath) {
        if (caller.seesAllFacilities()) {
            return "1 = 1";
        }
        if (caller.isPartner()) {
            return agencyIdPath == null ? "1 = 0" : agencyIdPath + " = :" + AGENCY;
        }
        return facilityIdPath + " in :" + FACILITIES;
    }

    /**
     * Records with several facilities and agencies as parties (an agreement): visible to staff when one of its
     * facilities is theirs, to a partner when their agency is a party.
     */
    public String anyParty(String entity, String alias, String facilities, String agencies) {
        if (caller.seesAllFacilities()) {
            return "1 = 1";
        }
        if (caller.isPartner()) {
            return "exists (select sa.id from " + entity + " sp join sp." + agencies + " sa where sp = " + alias
                    + " and sa.id = :" + AGENCY + ")";
        }
        return "exists (select sf.id from " + entity + " sp join sp." + facilities + " sf where sp = " + alias
                + " and sf.id in :" + FACILITIES + ")";
    }

    /**
     * Agencies: those the caller's facilities have a relationship with, or the partner's own. An {@code in} over the
     * facilities' relationships rather than an {@code exists} per agency: the database starts from the few
     * relationships of the caller's hospitals (by their index) instead of testing every agency in the directory, so
     * a manager's search costs the same at ten times the agencies (H2: 441 agencies scanned -> 8).
     */
    public String agencies(String agencyAlias) {
        if (caller.seesAllFacilities()) {
            return "1 = 1";
        }
        if (caller.isPartner()) {
            return agencyAlias + ".id = :" + AGENCY;
        }
        return agencyAlias + ".id in (select sr.agency.id from Relationship sr where sr.facility.id in :"
                + FACILITIES + ")";
    }

    /** Binds the scope parameters the query's conditions use; queries without them are left alone. */
    public <Q extends Query> Q bind(Q query) {
        Set<String> names = query.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
        if (names.contains(FACILITIES)) {
            query.setParameter(FACILITIES, caller.facilityIdsForQuery());
        }
        if (names.contains(AGENCY)) {
            query.setParameter(AGENCY, caller.partnerAgencyId());
        }
        return query;
    }

    // ------------------------------------------------------------------ records asked for by id

    public boolean seesFacility(Long facilityId) {
        return caller.seesAllFacilities() || caller.facilityIds().contains(facilityId);
    }

    /** Whether a record tied to these facilities and agencies is the caller's to see. */
    public boolean sees(Collection<Long> facilityIds, Collection<Long> agencyIds) {
        if (caller.seesAllFacilities()) {
            return true;
        }
        if (caller.isPartner()) {
            return agencyIds.contains(caller.partnerAgencyId());
        }
        return facilityIds.stream().anyMatch(caller.facilityIds()::contains);
    }

    /** Refuses as not found: a record outside scope answers exactly like one that does not exist. */
    public void require(boolean visible, String recordType, Long id) {
        if (!visible) {
            throw new RecordNotFound(recordType, id);
        }
    }

    /** The record when it exists and the caller may see it; otherwise not found, whichever of the two it was. */
    public <T> T found(T record, Predicate<T> visible, String recordType, Long id) {
        if (record == null || !visible.test(record)) {
            throw new RecordNotFound(recordType, id);
        }
        return record;
    }

    public Facility facility(Long id) {
        return found(id == null ? null : em.find(Facility.class, id), f -> seesFacility(f.getId()), "Facility", id);
    }

    public Agency agency(Long id) {
        return found(id == null ? null : em.find(Agency.class, id), this::seesAgency, "Agency", id);
    }

    /** An agency the caller may change: managers within their facilities, directors and administrators anywhere. */
    public Agency editableAgency(Long id) {
        Agency agency = agency(id);
        require(mayEdit(), "Agency", id);
        return agency;
    }

    public boolean canEdit(Agency agency) {
        return mayEdit() && seesAgency(agency);
    }

    public Contact contact(Long id) {
        return found(id == null ? null : em.find(Contact.class, id), c -> seesAgency(c.getAgency()), "Contact", id);
    }

    public Contact editableContact(Long id) {
        Contact contact = contact(id);
        require(mayEdit(), "Contact", id);
        return contact;
    }

    // ------------------------------------------------------------------ ids passed in

    public Facility facilityRef(Long id, String field) {
        Facility facility = id == null ? null : em.find(Facility.class, id);
        if (facility == null || !seesFacility(id)) {
            throw InvalidInput.of(field, "No such facility in your scope.");
        }
        return facility;
    }

    public Agency agencyRef(Long id, String field) {
        Agency agency = id == null ? null : em.find(Agency.class, id);
        if (agency == null || !seesAgency(agency)) {
            throw InvalidInput.of(field, "No such agency in your scope.");
        }
        return agency;
    }

    /** A contact of the given agency; any other (another agency's, unknown) is refused alike. */
    public Contact contactRef(Long id, Agency of, String field) {
        Contact contact = id == null ? null : em.find(Contact.class, id);
        if (contact == null || !contact.getAgency().equals(of)) {
            throw InvalidInput.of(field, "No such contact at this agency.");
        }
        return contact;
    }

    /**
     * A person who can own a record of these facilities: an enabled manager of one of them, or a director. Partners,
     * auditors, administrators and other hospitals' staff are refused alike, and nothing about them is named.
     */
    public UserAccount ownerRef(Long id, Collection<Long> facilityIds, String field) {
        UserAccount owner = id == null ? null : em.find(UserAccount.class, id);
        if (owner == null || !owner.isEnabled() || !canOwn(owner, facilityIds)) {
            throw InvalidInput.of(field, "No such manager for this facility.");
        }
        return owner;
    }

    private boolean canOwn(UserAccount owner, Collection<Long> facilityIds) {
        if (owner.getRoles().contains(Role.DIRECTOR)) {
            return true;
        }
        return owner.getRoles().contains(Role.MANAGER) && owner.getFacilities().stream()
                .anyMatch(f -> facilityIds.contains(f.getId()) && seesFacility(f.getId()));
    }

    private boolean mayEdit() {
        return caller.hasAny(Role.ADMIN, Role.DIRECTOR, Role.MANAGER);
    }

    /** Whether the caller sees the agency: all for directors, their own for a partner, a related one for staff. */
    public boolean seesAgency(Agency agency) {
        if (caller.seesAllFacilities()) {
            return true;
        }
        if (caller.isPartner()) {
            return agency.getId().equals(caller.partnerAgencyId());
        }
        return em.createQuery("select count(r) from Relationship r where r.agency = :agency"
                        + " and r.facility.id in :" + FACILITIES, Long.class)
                .setParameter("agency", agency).setParameter(FACILITIES, caller.facilityIdsForQuery())
                .getSingleResult() > 0;
    }
}
