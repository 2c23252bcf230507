package org.liaison.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.liaison.domain.agency.Agency;
import java.util.Map;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.DomainRuleViolation;

/**
 * The agency's side of a review, written by its partner users while the review awaits agency input: marked as theirs
 * (agency and author), editable only by its author, and never able to change the hospital's findings.
 */
@Entity
@Table(name = "review_comment")
public class ReviewComment extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;
    public static final int MAX_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private Review review;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(name = "author", nullable = false, length = 40)
    private String author;

    @Column(name = "author_name", nullable = false, length = 80)
    private String authorName;

    @Column(name = "text", nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected ReviewComment() {
    }

    ReviewComment(Review review, Agency agency, String author, String authorName, String text, LocalDateTime at) {
        this.review = review;
        this.agency = agency;
        this.author = author;
        this.authorName = authorName;
        this.writtenAt = at;
        setText(text);
    }

    /** Only its author changes a comment, and only while the review awaits agency input. */
    public void edit(String by, String newText, LocalDateTime at) {
        if (!author.equals(by)) {
            throw new DomainRuleViolation("review.comment.notYours", "Only its author can change a comment.");
        }
        review.requireAgencyInput();
        setText(newText);
        this.writtenAt = at;
    }

    private void setText(String value) {
        if (value == null || value.isBlank()) {
            throw DomainRuleViolation.onField("text", "review.comment.required", "Write your comment.");
        }
        if (value.length() > MAX_LENGTH) {
            throw DomainRuleViolation.onField("text", "review.comment.tooLong",
                    "Too long: at most " + MAX_LENGTH + " characters.");
        }
        this.text = value.strip();
    }

    public Review getReview() { return review; }
    public Agency getAgency() { return agency; }
    public String getAuthor() { return author; }
    public String getAuthorName() { return authorName; }
    public String getText() { return text; }
    public LocalDateTime getWrittenAt() { return writtenAt; }

    @Override
    public String auditType() {
        return "ReviewComment";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("review", review == null ? null : review.getId())
                .with("agency", agency == null ? null : agency.getId()).with("author", author).with("text", text).build();
    }
}
