package org.liaison.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A planning meeting of an exercise (concept and objectives, initial, mid-term, final) and its date. */
@Embeddable
public class Milestone implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private MilestoneKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected Milestone() {
    }

    public Milestone(MilestoneKind kind, LocalDate dueOn) {
        this.kind = kind;
        this.dueOn = dueOn;
    }

    public MilestoneKind getKind() { return kind; }
    public LocalDate getDueOn() { return dueOn; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Milestone m && kind == m.kind && Objects.equals(dueOn, m.dueOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, dueOn);
    }
}
