package org.liaison.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.domain.training.Exercise;
import org.liaison.platform.PageRequest;
import org.liaison.training.ComplianceService;
import org.liaison.training.ExerciseFilter;
import org.liaison.training.ExerciseService;
import org.liaison.training.FacilityCompliance;
import org.liaison.training.TrainingRecords;
import org.liaison.web.security.ActiveUser;

/**
 * The home page's training section: a director's (and manager's) compliance and coverage per facility, an officer's
 * own trainings, a partner's joint trainings open to their agency with free places.
 */
@Named
@RequestScoped
public class HomeTrainingBacking {

    @Inject
    ActiveUser user;

    @Inject
    org.liaison.web.home.HomeFigures kept;

    @Inject
    ComplianceService compliance;

    @Inject
    TrainingRecords records;

    @Inject
    ExerciseService exercises;

    @Inject
    org.liaison.web.home.HomeRows rows;

    private int complianceCount;

    public record OpenExercise(Long id, String title, LocalDateTime startsAt, long freePlaces) {
    }

    private List<FacilityCompliance> facilities = List.of();
    private Map<Long, TrainingRecords.Coverage> coverage = Map.of();
    private TrainingRecords.TrainingRecord mine;
    private List<TrainingRecords.Entry> myUpcoming = List.of();
    private List<OpenExercise> open;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now();
        if (user.is("DIRECTOR") || user.is("MANAGER")) {
            List<FacilityCompliance> all = kept.get("compliance", () -> compliance.byFacility(today, null));
            complianceCount = all.size();
            // Beyond ten hospitals, the furthest from compliance first; "show all" lists every one.
            facilities = rows.shown("compliance", all, java.util.Comparator
                    .comparing(FacilityCompliance::status, java.util.Comparator.reverseOrder())
                    .thenComparingInt(FacilityCompliance::percentWithPolice)
                    .thenComparing(FacilityCompliance::facilityName));
            coverage = kept.get("coverage", () -> records.coverage(today).stream()
                    .collect(Collectors.toMap(TrainingRecords.Coverage::facilityId, Function.identity())));
        }
        if (user.is("OFFICER")) {
            mine = records.recordOf(null, today);
            myUpcoming = mine.entries().stream().filter(e -> !e.startsAt().toLocalDate().isBefore(today)
                    && !"CANCELLED".equals(e.status())).sorted(java.util.Comparator.comparing(
                            TrainingRecords.Entry::startsAt)).limit(3).toList();
        }
        if (user.is("PARTNER")) {
            List<Exercise> page = exercises.search(new ExerciseFilter(null, null, null, null, null, null, true, null,
                    null, true), new PageRequest(0, 5, null, true)).items();
            Map<Long, long[]> held = records.placesHeld(page.stream().map(Exercise::getId).toList());
            open = page.stream().map(x -> new OpenExercise(x.getId(), x.getTitle(), x.getStartsAt(),
                    x.getAgencyCapacity() - held.getOrDefault(x.getId(), new long[2])[1])).toList();
        }
    }

    public TrainingRecords.Coverage coverageOf(Long facilityId) {
        return coverage.get(facilityId);
    }

    public List<FacilityCompliance> getCompliance() { return facilities; }
    /** Every hospital in scope, of which {@link #getCompliance()} may show the ten furthest from compliance. */
    public int getComplianceCount() { return complianceCount; }
    public TrainingRecords.TrainingRecord getMine() { return mine; }
    public List<TrainingRecords.Entry> getMyUpcoming() { return myUpcoming; }
    public List<OpenExercise> getOpen() { return open; }
}
