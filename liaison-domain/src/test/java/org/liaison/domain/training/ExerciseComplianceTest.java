package org.liaison.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.domain.training.ExerciseCompliance.Assessment;
import org.liaison.domain.training.ExerciseCompliance.Held;

class ExerciseComplianceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Held held(long id, HseepType type, boolean community, LocalDate on) {
        return new Held(id, "Exercise " + id, type, community, true, on);
    }

    private static Assessment assess(List<Held> held, List<LocalDate> activations) {
        return ExerciseCompliance.assess(TODAY, held, activations);
    }

    private static List<CountsAs> why(Assessment a) {
        return a.counted().stream().map(ExerciseCompliance.Counted::countsAs).toList();
    }

    @Test
    void aCommunityFullScaleAndATabletopAreCompliant() {
        Assessment a = assess(List.of(held(1, HseepType.FULL_SCALE, true, TODAY.minusMonths(3)),
                held(2, HseepType.TABLETOP, false, TODAY.minusMonths(5))), List.of());
        assertEquals(ComplianceStatus.COMPLIANT, a.status());
        assertEquals(List.of(CountsAs.FULL_SCALE_COMMUNITY, CountsAs.ADDITIONAL), why(a));
        assertEquals(List.of(1L, 2L), a.counted().stream().map(ExerciseCompliance.Counted::exerciseId).toList());
    }

    @Test
    void aFacilityFunctionalExerciseStandsInForTheFullScaleOne() {
        Assessment a = assess(List.of(held(1, HseepType.FUNCTIONAL, false, TODAY.minusMonths(2)),
                held(2, HseepType.DRILL, false, TODAY.minusMonths(4))), List.of());
        assertEquals(ComplianceStatus.COMPLIANT, a.status());
        assertEquals(List.of(CountsAs.FUNCTIONAL_INSTEAD, CountsAs.ADDITIONAL), why(a));
    }

    @Test
    void theCommunityFullScaleIsPreferredOverAFunctionalOne() {
        Assessment a = assess(List.of(held(1, HseepType.FUNCTIONAL, false, TODAY.minusMonths(1)),
                held(2, HseepType.FULL_SCALE, true, TODAY.minusMonths(6))), List.of());
        assertEquals(List.of(CountsAs.FULL_SCALE_COMMUNITY, CountsAs.ADDITIONAL), why(a));
        assertEquals(1L, a.counted().get(1).exerciseId(), "the functional one counts as the additional exercise");
    }

    @Test
    void twoTabletopsWithoutAFullScaleAreNotCompliantAndSayWhatIsMissing() {
        Assessment a = assess(List.of(held(1, HseepType.TABLETOP, false, TODAY.minusMonths(1)),
                held(2, HseepType.TABLETOP, false, TODAY.minusMonths(2))), List.of());
        assertEquals(ComplianceStatus.NOT_COMPLIANT, a.status());
        assertEquals(1, a.missing().size());
        assertTrue(a.missing().get(0).contains("full-scale"), a.missing().toString());
    }

    @Test
    void oneFullScaleAloneIsNotEnough() {
        Assessment a = assess(List.of(held(1, HseepType.FULL_SCALE, true, TODAY.minusMonths(1))), List.of());
        assertEquals(ComplianceStatus.NOT_COMPLIANT, a.status());
        assertTrue(a.missing().get(0).contains("additional"), a.missing().toString());
    }

    @Test
    void aRealActivationExemptsTheFullScaleExercise() {
        Assessment a = assess(List.of(held(2, HseepType.TABLETOP, false, TODAY.minusMonths(2))),
                List.of(TODAY.minusMonths(4)));
        assertEquals(ComplianceStatus.COMPLIANT, a.status());
        assertEquals(List.of(CountsAs.ACTIVATION_EXEMPTION, CountsAs.ADDITIONAL), why(a));
    }

    @Test
    void aRealActivationAloneIsNotEnough() {
        assertEquals(ComplianceStatus.NOT_COMPLIANT, assess(List.of(), List.of(TODAY.minusMonths(4))).status());
    }

    @Test
    void anActivationMoreThanTwelveMonthsAgoExemptsNothing() {
        Assessment a = assess(List.of(held(2, HseepType.TABLETOP, false, TODAY.minusMonths(2))),
                List.of(TODAY.minusMonths(12).minusDays(1)));
        assertEquals(ComplianceStatus.NOT_COMPLIANT, a.status());
    }

    @Test
    void anExerciseHeldExactlyTwelveMonthsAgoStillCountsTodayAndNotTomorrow() {
        List<Held> held = List.of(held(1, HseepType.FULL_SCALE, true, TODAY.minusMonths(12)),
                held(2, HseepType.TABLETOP, false, TODAY.minusMonths(1)));
        Assessment today = assess(held, List.of());
        assertEquals(ComplianceStatus.AT_RISK, today.status(), "it lapses tomorrow");
        assertEquals(TODAY.plusDays(1), today.lapsesOn());
        assertEquals(ComplianceStatus.NOT_COMPLIANT,
                ExerciseCompliance.assess(TODAY.plusDays(1), held, List.of()).status());
    }

    @Test
    void compliantButLapsingWithinSixtyDaysIsAtRisk() {
        List<Held> held = List.of(held(1, HseepType.FULL_SCALE, true, TODAY.minusMonths(12).plusDays(59)),
                held(2, HseepType.TABLETOP, false, TODAY.minusMonths(1)));
        Assessment a = assess(held, List.of());
        assertEquals(ComplianceStatus.AT_RISK, a.status());
        assertEquals(TODAY.plusDays(60), a.lapsesOn());
        List<Held> later = List.of(held(1, HseepType.FULL_SCALE, true, TODAY.minusMonths(12).plusDays(61)),
                held(2, HseepType.TABLETOP, false, TODAY.minusMonths(1)));
        assertEquals(ComplianceStatus.COMPLIANT, assess(later, List.of()).status());
    }

    @Test
    void theLapseDateAccountsForAnotherExerciseTakingOver() {
        // the older full-scale lapses first, but a newer functional one takes its place: the tabletop lapses last
        List<Held> held = List.of(held(1, HseepType.FULL_SCALE, true, TODAY.minusMonths(11)),
                held(2, HseepType.FUNCTIONAL, false, TODAY.minusMonths(6)),
                held(3, HseepType.TABLETOP, false, TODAY.minusMonths(3)));
        Assessment a = assess(held, List.of());
        assertEquals(ComplianceStatus.COMPLIANT, a.status());
        assertEquals(TODAY.minusMonths(6).plusMonths(12).plusDays(1), a.lapsesOn());
    }

    @Test
    void exercisesNotCountingTowardCmsOrInTheFutureAreIgnored() {
        List<Held> held = List.of(new Held(1L, "Seminar", HseepType.FULL_SCALE, true, false, TODAY.minusMonths(1)),
                held(2, HseepType.TABLETOP, false, TODAY.minusMonths(1)),
                held(3, HseepType.FULL_SCALE, true, TODAY.plusDays(3)));
        assertEquals(ComplianceStatus.NOT_COMPLIANT, assess(held, List.of()).status());
    }
}
