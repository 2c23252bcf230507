package org.liaison.domain.feedback;

import org.liaison.domain.shared.CoreCapability;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;

/**
 * One line of a review: a strength, an area for improvement or an observation. Strengths and areas for improvement
 * name the core capability they concern and its P/S/M/U rating (HSEEP); an observation may name neither.
 */
@Entity
@Table(name = "review_finding")
public class Finding extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private Review review;

    @NotNull(message = "{finding.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private FindingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "capability", length = 60)
    private CoreCapability capability;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 1)
    private Rating rating;

    @PlainText
    @NotBlank(message = "{finding.text.required}")
    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "text", nullable = false, length = 2000)
    private String text;

    /** A copy of the review's facility, so repeat findings are one indexed self-join in SQL. */
    @Column(name = "facility_id", nullable = false)
    private Long facilityId;

    /** A copy of the review's date as a day number, so "within 24 months" is arithmetic on both databases. */
    @Column(name = "occurred_day", nullable = false)
    private long occurredDay;

    protected Finding() {
    }

    Finding(Review review, FindingKind kind, CoreCapability capability, Rating rating, String text) {
        if (kind == null) {
            throw DomainRuleViolation.onField("kind", "finding.kind.required", "Choose the kind of finding.");
        }
        if (kind != FindingKind.OBSERVATION && capability == null) {
            throw DomainRuleViolation.onField("capability", "finding.capability.required",
                    "Name the core capability this finding concerns.");
        }
        if (kind == FindingKind.AREA_FOR_IMPROVEMENT && rating == null) {
            throw DomainRuleViolation.onField("rating", "finding.rating.required",
                    "Rate the capability: P, S, M or U.");
        }
        if (text == null || text.isBlank()) {
            throw DomainRuleViolation.onField("text", "finding.text.required", "Describe the finding.");
        }
        this.review = review;
        this.kind = kind;
        this.capability = capability;
        this.rating = rating;
        this.text = text.strip();
        this.facilityId = review.getFacility().getId();
        this.occurredDay = review.getOccurredOn().toEpochDay();
    }

    public Review getReview() { return review; }
    public FindingKind getKind() { return kind; }
    public CoreCapability getCapability() { return capability; }
    public Rating getRating() { return rating; }
    public String getText() { return text; }

    @Override
    public String auditType() {
        return "Finding";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("review", review == null ? null : review.getId()).with("kind", kind)
                .with("capability", capability).with("rating", rating).with("text", text).build();
    }
}
