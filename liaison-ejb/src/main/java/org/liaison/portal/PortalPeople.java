package org.liaison.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.liaison.account.FederatedIdentity;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.security.Caller;
import org.liaison.training.TrainingRecords;

/**
 * What the intranet portal shows a person on their own portal page: their open action items (from meetings and from
 * reviews' improvement plans) and their joint trainings. The portal's server names the person by the user name it
 * knows (the hospital provider's, matched like single sign-on matches it); only hospital staff are found (an enabled
 * account with a staff role and no partner agency), everyone else is not found, and every read is audited against the
 * person read.
 */
@Stateless
public class PortalPeople {

    /** The roles that make an account hospital staff for the portal (administrators and partners are not). */
    private static final Set<Role> STAFF = Set.of(Role.DIRECTOR, Role.MANAGER, Role.OFFICER, Role.AUDITOR);

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @EJB
    AuditTrail audit;

    @EJB
    TrainingRecords trainings;

    /** One thing the person has to do, whichever record it comes from. */
    public record ActionItemRow(String kind, Long id, String title, String status, LocalDate dueOn,
            LocalDate originalDueOn, boolean overdue, String facilityCode, String facilityName, Long sourceId,
            String source) implements Serializable {
    }

    /** The person's pending meeting action items and open corrective actions, the soonest due first. */
    @RolesAllowed(Role.PORTAL_)
    public Page<ActionItemRow> actionItems(String userName, LocalDate today, PageRequest page) {
        UserAccount person = staffMember(userName);
        audit.action("PORTAL_READ_ACTION_ITEMS", "UserAccount", person.getId(), caller.username(), null);
        // one statement for the page over both kinds, one for the count: both filter on an indexed owner column
        String items = "select 'MEETING_ACTION_ITEM' kind, i.id, i.title, i.status, i.due_on, i.original_due_on,"
                + " f.code, f.name, m.id source_id, m.title source from action_item i"
                + " join facility f on f.id = i.facility_id left join meeting m on m.id = i.meeting_id"
                + " where i.owner_user_id = ?1 and i.status in ('OPEN', 'IN_PROGRESS')"
                + " union all select 'CORRECTIVE_ACTION' kind, a.id, a.action_text, a.status, a.due_on,"
                + " a.original_due_on, f.code, f.name, r.id, r.title from corrective_action a"
                + " join review r on r.id = a.review_id join facility f on f.id = r.facility_id"
                + " where a.owner_id = ?1 and a.status in ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS')";
        Query rows = em.createNativeQuery("select * from (" + items + ") x order by x.due_on, x.kind, x.id")
                .setParameter(1, person.getId()).setFirstResult(page.offset()).setMaxResults(page.limit());
        Query count = em.createNativeQuery("select count(*) from (" + items + ") x").setParameter(1, person.getId());
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        List<ActionItemRow> found = result.stream().map(r -> {
            LocalDate due = date(r[4]);
            return new ActionItemRow((String) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3], due,
                    date(r[5]), due.isBefore(today), (String) r[6], (String) r[7],
                    r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9]);
        }).toList();
        return new Page<>(found, ((Number) count.getSingleResult()).longValue());
    }

    /** The person's joint trainings: registrations (upcoming and past) and what they attended, with hours. */
    @RolesAllowed(Role.PORTAL_)
    public TrainingRecords.TrainingRecord trainings(String userName, LocalDate today) {
        UserAccount person = staffMember(userName);
        audit.action("PORTAL_READ_TRAININGS", "UserAccount", person.getId(), caller.username(), null);
        return trainings.recordOfStaffMember(person, today);
    }

    private UserAccount staffMember(String userName) {
        String name = FederatedIdentity.accountName(userName);
        List<UserAccount> found = name.isEmpty() ? List.of() : em.createQuery("select u from UserAccount u"
                + " where u.username = :name", UserAccount.class).setParameter("name", name).getResultList();
        UserAccount person = found.isEmpty() ? null : found.get(0);
        if (person == null || !person.isEnabled() || person.getPartnerAgency() != null
                || person.getRoles().stream().noneMatch(STAFF::contains)) {
            throw new RecordNotFound("Person", null);
        }
        return person;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
