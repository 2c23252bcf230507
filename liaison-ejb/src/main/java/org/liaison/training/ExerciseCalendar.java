package org.liaison.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaison.calendar.CalendarEntry;
import org.liaison.calendar.CalendarQuery;
import org.liaison.calendar.CalendarSource;
import org.liaison.calendar.CalendarViewer;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.MilestoneKind;

/**
 * Exercises and their planning meetings on the calendar page and in personal feeds: staff see their facilities'
 * exercises, a partner those their agency takes part in. Two queries whatever the range holds.
 */
@ApplicationScoped
public class ExerciseCalendar implements CalendarSource {

    public static final String KIND = "EXERCISE";
    public static final String MILESTONE = "EXERCISE_MILESTONE";
    /** Planning meetings have a day, not a time: they are shown from 09:00 to 10:00. */
    private static final int MILESTONE_HOUR = 9;

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Override
    public List<String> kinds() {
        return List.of(KIND, MILESTONE);
    }

    @Override
    public List<CalendarEntry> entries(CalendarQuery query) {
        List<CalendarEntry> entries = new ArrayList<>();
        CalendarViewer viewer = query.viewer();
        String scope = condition(viewer) + (query.facilityId() == null ? "" : " and x.facility.id = :facility");
        if (query.wants(KIND)) {
            TypedQuery<Exercise> exercises = em.createQuery("select x from Exercise x join fetch x.facility where"
                    + " x.window.startsAt < :to and x.window.endsAt > :from and " + scope
                    + " order by x.window.startMinute, x.id", Exercise.class)
                    .setParameter("from", query.from()).setParameter("to", query.to());
            if (query.facilityId() != null) {
                exercises.setParameter("facility", query.facilityId());
            }
            // core capabilities are an eager collection: read for all the exercises at once, not one query each
            exercises.setHint("eclipselink.batch", "x.coreCapabilities").setHint("eclipselink.batch.type", "IN");
            viewer.bind(exercises).getResultList().forEach(x -> entries.add(CalendarEntry.single(KIND, x.getId(),
                    "exercise-" + x.getId() + "@liaison", x.getTitle(), false, x.getStartsAt(), x.getEndsAt(),
                    x.getFacility().getName() + ", " + x.getLocation(), description(x),
                    "/exercises/view?id=" + x.getId(), x.getFacility().getId(), x.getStatus().name(), false)));
        }
        if (query.wants(MILESTONE)) {
            TypedQuery<Object[]> milestones = em.createQuery("select x.id, x.title, x.facility.id, m.kind, m.dueOn"
                    + " from Exercise x join x.milestones m where m.dueOn >= :fromDay and m.dueOn < :toDay"
                    + " and x.status <> org.liaison.domain.training.ExerciseStatus.CANCELLED and " + scope
                    + " order by m.dueOn, x.id", Object[].class)
                    .setParameter("fromDay", query.from().toLocalDate())
                    .setParameter("toDay", query.to().toLocalDate().plusDays(1));
            if (query.facilityId() != null) {
                milestones.setParameter("facility", query.facilityId());
            }
            for (Object[] row : viewer.bind(milestones).getResultList()) {
                LocalDate day = (LocalDate) row[4];
                MilestoneKind kind = (MilestoneKind) row[3];
                if (day.atTime(MILESTONE_HOUR, 0).isBefore(query.from()) || !day.atTime(MILESTONE_HOUR, 0)
                        .isBefore(query.to())) {
                    continue;
                }
                entries.add(CalendarEntry.single(MILESTONE, (Long) row[0], "exercise-" + row[0] + "-"
                        + kind.name().toLowerCase(Locale.ROOT) + "@liaison", name(kind) + ": " + row[1], false,
                        day.atTime(MILESTONE_HOUR, 0), day.atTime(MILESTONE_HOUR + 1, 0), null,
                        "HSEEP planning meeting for the exercise " + row[1] + ".", "/exercises/view?id=" + row[0],
                        (Long) row[2], "PLANNED", false));
            }
        }
        return entries;
    }

    /** Staff: their facilities (all for directors, auditors, administrators); a partner: their agency takes part. */
    private static String condition(CalendarViewer viewer) {
        if (viewer.seesAllFacilities()) {
            return "1 = 1";
        }
        if (viewer.isPartner()) {
            return "exists (select va.id from ExerciseAgency va where va.exercise = x and va.agency.id = :viewerAgency)";
        }
        return "x.facility.id in :viewerFacilities";
    }

    private static String description(Exercise x) {
        String type = x.getType().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return "Joint " + type + " exercise (" + x.getScenario().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ")" + (x.getObjectives() == null ? "." : ". Objectives: " + x.getObjectives());
    }

    private static String name(MilestoneKind kind) {
        return switch (kind) {
            case CONCEPT_AND_OBJECTIVES -> "Concept and objectives meeting";
            case INITIAL_PLANNING -> "Initial planning meeting";
            case MID_TERM_PLANNING -> "Mid-term planning meeting";
            case FINAL_PLANNING -> "Final planning meeting";
        };
    }
}
