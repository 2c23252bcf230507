package org.liaison.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.training.ExerciseCompliance;
import org.liaison.domain.training.ExerciseStatus;
import org.liaison.domain.training.HseepType;
import org.liaison.domain.training.PlanActivation;
import org.liaison.platform.Validation;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * The CMS exercise tracker: each facility in scope over the rolling 12 months (directors see all side by side), and
 * the documented real activations that exempt a full-scale exercise. Three queries whatever the number of facilities
 * or exercises; the rule itself is {@link ExerciseCompliance}.
 */
@Stateless
public class ComplianceService {

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

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public List<FacilityCompliance> byFacility(LocalDate today, Long facilityId) {
        LocalDate since = today.minusMonths(ExerciseCompliance.MONTHS);
        String facilityFilter = facilityId == null ? "" : " and f.id = :facility";
        var facilityQuery = scope.bind(em.createQuery("select f from Facility f where " + scope.byFacility("f.id")
                + facilityFilter + " order by f.name", Facility.class));
        // whether police took part is "in" a set the database reads once: a count per exercise (a correlated
        // subquery) scanned the agencies for each of them, 35 ms at 1,000 exercises on H2 against 1 ms
        var heldQuery = scope.bind(em.createQuery("select x.facility.id, x.id, x.title, x.type, x.communityBased,"
                + " x.countsTowardCms, x.conductedOn, case when x.id in (select xa.exercise.id from ExerciseAgency xa"
                + " where xa.agency.type in :police) then 1 else 0 end from Exercise x where "
                + scope.byFacility("x.facility.id") + " and x.status in :held and x.conductedOn >= :since"
                + " and x.conductedOn <= :today" + (facilityId == null ? "" : " and x.facility.id = :facility"),
                Object[].class));
        var activationQuery = scope.bind(em.createQuery("select a.facility.id, a.activatedOn from PlanActivation a"
                + " where " + scope.byFacility("a.facility.id") + " and a.activatedOn >= :since"
                + " and a.activatedOn <= :today" + (facilityId == null ? "" : " and a.facility.id = :facility"),
                Object[].class));
        if (facilityId != null) {
            facilityQuery.setParameter("facility", facilityId);
            heldQuery.setParameter("facility", facilityId);
            activationQuery.setParameter("facility", facilityId);
        }
        List<Object[]> held = heldQuery.setParameter("police", ExerciseService.POLICE)
                .setParameter("held", ExerciseStatus.HELD).setParameter("since", since).setParameter("today", today)
                .getResultList();
        List<Object[]> activations = activationQuery.setParameter("since", since).setParameter("today", today)
                .getResultList();
        Map<Long, List<ExerciseCompliance.Held>> heldBy = new HashMap<>();
        Map<Long, long[]> policeBy = new HashMap<>();
        for (Object[] row : held) {
            Long facility = (Long) row[0];
            heldBy.computeIfAbsent(facility, k -> new ArrayList<>()).add(new ExerciseCompliance.Held((Long) row[1],
                    (String) row[2], (HseepType) row[3], (Boolean) row[4], (Boolean) row[5], (LocalDate) row[6]));
            long[] counts = policeBy.computeIfAbsent(facility, k -> new long[2]);
            counts[0]++;
            if (((Number) row[7]).longValue() > 0) {
                counts[1]++;
            }
        }
        Map<Long, List<LocalDate>> activationsBy = new HashMap<>();
        activations.forEach(row -> activationsBy.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                .add((LocalDate) row[1]));
        return facilityQuery.getResultList().stream().map(f -> {
            var assessment = ExerciseCompliance.assess(today, heldBy.getOrDefault(f.getId(), List.of()),
                    activationsBy.getOrDefault(f.getId(), List.of()));
            long[] counts = policeBy.getOrDefault(f.getId(), new long[2]);
            return new FacilityCompliance(f.getId(), f.getName(), f.getCode(), assessment.status(),
                    assessment.lapsesOn(), assessment.counted(), assessment.missing(), counts[0], counts[1]);
        }).toList();
    }

    /** Documents a real activation of a facility's emergency plan (it exempts the next full-scale exercise). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public PlanActivation recordActivation(Long facilityId, LocalDate on, String description, LocalDate today) {
        Facility facility = scope.facilityRef(facilityId, "facilityId");
        if (on != null && on.isAfter(today)) {
            throw org.liaison.platform.InvalidInput.of("activatedOn", "An activation is recorded once it happened.");
        }
        PlanActivation activation = new PlanActivation(facility, on, description, caller.username());
        validation.check(activation);
        em.persist(activation);
        em.flush();
        audit.created(activation);
        return activation;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public List<PlanActivation> activations(Long facilityId) {
        var query = scope.bind(em.createQuery("select a from PlanActivation a join fetch a.facility where "
                + scope.byFacility("a.facility.id") + (facilityId == null ? "" : " and a.facility.id = :facility")
                + " order by a.activatedOn desc", PlanActivation.class));
        if (facilityId != null) {
            query.setParameter("facility", facilityId);
        }
        return query.setMaxResults(200).getResultList();
    }
}
