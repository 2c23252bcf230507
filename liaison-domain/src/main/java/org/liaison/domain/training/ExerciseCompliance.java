package org.liaison.domain.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The CMS emergency-preparedness exercise rule (42 CFR 482.15(d)) for one facility over a rolling 12 months: one
 * full-scale exercise — community-based, or a facility-based full-scale or functional exercise when no community
 * exercise was available — and one more exercise of any HSEEP type. A documented real activation of the emergency
 * plan exempts the next full-scale exercise. An exercise counts for 12 months to the day: one held on 1 March 2026
 * counts up to and including 1 March 2027.
 * <p>
 * Compliant today but lapsing within {@value #AT_RISK_DAYS} days (no new exercise held) is at risk.
 */
public final class ExerciseCompliance {

    public static final int AT_RISK_DAYS = 60;
    public static final int MONTHS = 12;

    private ExerciseCompliance() {
    }

    /** An exercise that was held, as the rule sees it. */
    public record Held(Long exerciseId, String title, HseepType type, boolean communityBased, boolean countsTowardCms,
                       LocalDate on) {
    }

    /** An exercise (or a real activation, without an exercise id) that counts, and why. */
    public record Counted(Long exerciseId, String title, HseepType type, LocalDate on, CountsAs countsAs) {
        public String why() {
            return countsAs.why();
        }
    }

    /**
     * @param status    compliant, at risk, not compliant
     * @param counted   what counts today (empty parts are what is missing)
     * @param missing   what is missing today, in words (empty when compliant)
     * @param lapsesOn  the first day the facility is no longer compliant if nothing more is held (null when not
     *                  compliant now)
     */
    public record Assessment(ComplianceStatus status, List<Counted> counted, List<String> missing, LocalDate lapsesOn) {
    }

    public static Assessment assess(LocalDate today, List<Held> held, List<LocalDate> activations) {
        List<Held> past = held.stream().filter(h -> h.countsTowardCms() && !h.on().isAfter(today)).toList();
        List<LocalDate> pastActivations = activations.stream().filter(d -> !d.isAfter(today)).toList();
        Evaluation now = evaluate(today, past, pastActivations);
        if (!now.missing.isEmpty()) {
            return new Assessment(ComplianceStatus.NOT_COMPLIANT, now.counted, now.missing, null);
        }
        LocalDate lapsesOn = lapse(today, past, pastActivations);
        ComplianceStatus status = lapsesOn.isAfter(today.plusDays(AT_RISK_DAYS)) ? ComplianceStatus.COMPLIANT
                : ComplianceStatus.AT_RISK;
        return new Assessment(status, now.counted, List.of(), lapsesOn);
    }

    /** Whether an event on {@code on} still counts on {@code day}: within 12 months to the day. */
    public static boolean counts(LocalDate on, LocalDate day) {
        return !on.isAfter(day) && !on.isBefore(day.minusMonths(MONTHS));
    }

    /** The first day something that counts today stops counting and compliance is lost. */
    private static LocalDate lapse(LocalDate today, List<Held> past, List<LocalDate> activations) {
        List<LocalDate> candidates = new ArrayList<>();
        past.forEach(h -> candidates.add(h.on().plusMonths(MONTHS).plusDays(1)));
        activations.forEach(d -> candidates.add(d.plusMonths(MONTHS).plusDays(1)));
        return candidates.stream().filter(d -> d.isAfter(today)).sorted()
                .filter(d -> !evaluate(d, past, activations).missing.isEmpty()).findFirst()
                .orElse(today.plusMonths(MONTHS).plusDays(1));
    }

    private record Evaluation(List<Counted> counted, List<String> missing) {
    }

    private static Evaluation evaluate(LocalDate day, List<Held> past, List<LocalDate> activations) {
        List<Held> inWindow = past.stream().filter(h -> counts(h.on(), day))
                .sorted(Comparator.comparing(Held::on).reversed()).toList();
        Optional<LocalDate> activation = activations.stream().filter(d -> counts(d, day))
                .max(Comparator.naturalOrder());
        List<Counted> counted = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Held fullScale = null;
        if (activation.isPresent()) {
            counted.add(new Counted(null, "Real activation of the emergency plan", null, activation.get(),
                    CountsAs.ACTIVATION_EXEMPTION));
        } else {
            Optional<Held> best = inWindow.stream().filter(h -> fullScaleRole(h) != null)
                    .min(Comparator.comparing((Held h) -> fullScaleRole(h).ordinal())
                            .thenComparing(Held::on, Comparator.reverseOrder()));
            if (best.isPresent()) {
                fullScale = best.get();
                counted.add(counted(fullScale, fullScaleRole(fullScale)));
            } else {
                missing.add("No full-scale exercise in the last 12 months (community-based, or a facility-based"
                        + " full-scale or functional exercise when no community exercise was available), and no"
                        + " documented real activation of the emergency plan.");
            }
        }
        Held chosen = fullScale;
        Optional<Held> additional = inWindow.stream().filter(h -> h != chosen).findFirst();
        if (additional.isPresent()) {
            counted.add(counted(additional.get(), CountsAs.ADDITIONAL));
        } else {
            missing.add("No additional exercise (of any type) in the last 12 months.");
        }
        return new Evaluation(counted, missing);
    }

    private static CountsAs fullScaleRole(Held held) {
        if (held.type() == HseepType.FULL_SCALE) {
            return held.communityBased() ? CountsAs.FULL_SCALE_COMMUNITY : CountsAs.FULL_SCALE_FACILITY;
        }
        if (held.type() == HseepType.FUNCTIONAL) {
            return CountsAs.FUNCTIONAL_INSTEAD;
        }
        return null;
    }

    private static Counted counted(Held held, CountsAs as) {
        return new Counted(held.exerciseId(), held.title(), held.type(), held.on(), as);
    }
}
