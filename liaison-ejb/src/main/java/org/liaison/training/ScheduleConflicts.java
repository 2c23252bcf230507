package org.liaison.training;

import java.util.List;
import java.util.stream.Collectors;
import org.liaison.domain.shared.DomainRuleViolation;

/**
 * Scheduling refused because the time and place collide with something; a manager may go ahead anyway by giving a
 * reason (the override is kept on the exercise and in the audit trail). 409 over the API, with each conflict named.
 */
public class ScheduleConflicts extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    private final List<Conflict> conflicts;

    public ScheduleConflicts(List<Conflict> conflicts) {
        super("exercise.conflicts", conflicts.stream().map(Conflict::message).collect(Collectors.joining(" "))
                + " Choose another time or place, or give a reason to go ahead anyway.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> getConflicts() {
        return conflicts;
    }
}
