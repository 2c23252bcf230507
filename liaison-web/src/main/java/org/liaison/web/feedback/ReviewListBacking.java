package org.liaison.web.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.feedback.ReviewKind;
import org.liaison.domain.feedback.ReviewStatus;
import org.liaison.feedback.ReviewFilter;
import org.liaison.feedback.ReviewRow;
import org.liaison.feedback.ReviewService;
import org.liaison.web.shared.PagedModel;

/** reviews/index: debriefs and AARs in scope, newest first; the dashboard's figures link here with their filter. */
@Named
@ViewScoped
public class ReviewListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    private ReviewStatus status;
    private ReviewKind kind;
    private boolean pending;
    private boolean repeat;
    private PagedModel<ReviewRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> reviews.search(new ReviewFilter(null, null, status, kind, pending, repeat),
                LocalDate.now(), request), row -> row.review().getId());
    }

    public void search() {
        PagedModel.showFirstPage("reviews:table");
    }

    public ReviewStatus[] getStatuses() { return ReviewStatus.values(); }
    public ReviewKind[] getKinds() { return ReviewKind.values(); }
    public PagedModel<ReviewRow> getModel() { return model; }
    public ReviewStatus getStatus() { return status; }
    public void setStatus(ReviewStatus status) { this.status = status; }
    public ReviewKind getKind() { return kind; }
    public void setKind(ReviewKind kind) { this.kind = kind; }
    public boolean isPending() { return pending; }
    public void setPending(boolean pending) { this.pending = pending; }
    public boolean isRepeat() { return repeat; }
    public void setRepeat(boolean repeat) { this.repeat = repeat; }
}
