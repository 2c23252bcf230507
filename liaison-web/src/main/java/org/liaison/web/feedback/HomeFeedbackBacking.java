package org.liaison.web.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.liaison.domain.feedback.ReviewStatus;
import org.liaison.feedback.FeedbackDashboard;
import org.liaison.feedback.ReviewFilter;
import org.liaison.feedback.ReviewRow;
import org.liaison.feedback.ReviewService;
import org.liaison.platform.PageRequest;
import org.liaison.web.security.ActiveUser;

/** The home page's feedback section: the director's four questions, or the partner's reviews awaiting input. */
@Named
@RequestScoped
public class HomeFeedbackBacking {

    @Inject
    FeedbackDashboard dashboard;

    @Inject
    ReviewService reviews;

    @Inject
    ActiveUser user;

    @Inject
    org.liaison.web.home.HomeFigures kept;

    @Inject
    org.liaison.web.home.HomeRows rows;

    private List<org.liaison.feedback.ResponseTimes> responseTimes = List.of();

    private FeedbackDashboard.Summary summary;
    private List<ReviewRow> awaitingInput = List.of();
    private long awaitingTotal;

    @PostConstruct
    void load() {
        if (user.is("DIRECTOR") || user.is("MANAGER") || user.is("AUDITOR")) {
            summary = kept.get("feedback", () -> dashboard.summary(LocalDate.now()));
            // Slowest first, as the database orders them; beyond ten agencies "show all" lists every one.
            responseTimes = rows.shown("response", summary.responseTimes());
        }
        if (user.is("PARTNER") && !user.isEditor()) {
            var page = reviews.search(ReviewFilter.status(ReviewStatus.AGENCY_INPUT), LocalDate.now(),
                    PageRequest.of(0, 10));
            awaitingInput = page.items();
            awaitingTotal = page.total();
        }
    }

    /** A bar's length in percent of the slowest 90th percentile on the chart. */
    public long barPercent(double minutes) {
        return summary == null ? 0 : Math.max(1, Math.round(100 * minutes / summary.slowestP90()));
    }

    /** The median's share of the agency's bar (its 90th percentile), in whole percent. */
    public long medianShare(org.liaison.feedback.ResponseTimes times) {
        return times.p90Minutes() <= 0 ? 100 : Math.round(100 * times.medianMinutes() / times.p90Minutes());
    }

    public FeedbackDashboard.Summary getSummary() { return summary; }
    /** The agencies the chart shows (see {@link org.liaison.web.home.HomeRows}); the summary holds all of them. */
    public List<org.liaison.feedback.ResponseTimes> getResponseTimes() { return responseTimes; }
    public List<ReviewRow> getAwaitingInput() { return awaitingInput; }
    public long getAwaitingTotal() { return awaitingTotal; }
}
