package org.liaison.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.liaison.domain.account.Role;
import org.liaison.domain.agreement.Agreement;
import org.liaison.domain.audit.AuditEvent;
import org.liaison.domain.engagement.Engagement;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.security.Scope;

/**
 * An agency's history in one list, newest first: engagements, agreements and changes to its contacts. Each source is
 * read already sorted and cut at offset + limit in the database, then the three are merged, so a page costs three
 * small queries plus three counts however long the history is.
 */
@Stateless
public class AgencyTimeline {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Scope scope;

    public record Entry(LocalDateTime at, String kind, String title, String detail) implements Serializable {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public Page<Entry> of(Long agencyId, PageRequest page) {
        scope.agency(agencyId);
        int window = page.offset() + page.limit();
        String facilityScope = " and " + scope.byFacility("e.facility.id");
        TypedQuery<Engagement> engagements = em.createQuery("select e from Engagement e join fetch e.facility"
                + " where e.agency.id = :agency" + facilityScope + " order by e.occurredOn desc, e.id desc",
                Engagement.class).setParameter("agency", agencyId).setMaxResults(window);
        TypedQuery<Long> engagementCount = em.createQuery("select count(e) from Engagement e where e.agency.id = :agency"
                + facilityScope, Long.class).setParameter("agency", agencyId);
        scope.bind(engagements);
        scope.bind(engagementCount);
        // only the agreements of the caller's own hospitals: another hospital's MOU with this agency is not theirs
        String agreementScope = " and " + scope.anyParty("Agreement", "g", "facilities", "agencies");
        List<Agreement> agreements = scope.bind(em.createQuery("select g from Agreement g join g.agencies a"
                + " where a.id = :agency" + agreementScope + " order by g.period.effectiveOn desc, g.id desc", Agreement.class))
                .setParameter("agency", agencyId).setMaxResults(window).getResultList();
        long agreementCount = scope.bind(em.createQuery("select count(g) from Agreement g join g.agencies a"
                + " where a.id = :agency" + agreementScope, Long.class)).setParameter("agency", agencyId)
                .getSingleResult();
        // everyone who ever worked at the agency: a contact who moved on keeps their history here
        String contactEvents = " from AuditEvent e where e.recordType = 'Contact' and e.recordId in"
                + " (select ca.contact.id from ContactAffiliation ca where ca.agency.id = :agency)";
        List<AuditEvent> changes = em.createQuery("select e" + contactEvents + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class).setParameter("agency", agencyId).setMaxResults(window).getResultList();
        long changeCount = em.createQuery("select count(e)" + contactEvents, Long.class)
                .setParameter("agency", agencyId).getSingleResult();

        List<Entry> merged = new ArrayList<>();
        engagements.getResultList().forEach(e -> merged.add(new Entry(e.getOccurredOn().atStartOfDay(),
                "ENGAGEMENT", e.getKind().name().replace('_', ' ').toLowerCase() + " with " + e.getFacility().getName(),
                e.getSummary())));
        agreements.forEach(g -> merged.add(new Entry(g.getEffectiveOn().atStartOfDay(), "AGREEMENT", g.getTitle(),
                g.getStatus().name().replace('_', ' ').toLowerCase() + ", expires " + g.getExpiresOn())));
        changes.forEach(e -> merged.add(new Entry(e.getOccurredAt(), "CONTACT",
                "Contact " + e.getAction().toLowerCase() + " by " + e.getActor(), summarise(e.getChanges()))));
        merged.sort(Comparator.comparing(Entry::at).reversed());
        int from = Math.min(page.offset(), merged.size());
        int to = Math.min(window, merged.size());
        return new Page<>(merged.subList(from, to), engagementCount.getSingleResult() + agreementCount + changeCount);
    }

    /** The changed field names of an audit entry, e.g. "phone, verifiedAt". */
    private static String summarise(String changesJson) {
        if (changesJson == null || changesJson.length() < 3) {
            return "";
        }
        List<String> fields = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([A-Za-z]+)\":\\{\"before\"").matcher(changesJson);
        while (m.find()) {
            fields.add(m.group(1));
        }
        return "Changed: " + String.join(", ", fields);
    }
}
