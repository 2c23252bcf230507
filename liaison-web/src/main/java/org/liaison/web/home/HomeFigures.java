package org.liaison.web.home;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The home page's aggregate figures, kept for a minute in the person's session. A director comes back to the home
 * between most other pages, and at ten times the demo data its figures (every incident's response time, every
 * corrective action, finding and bulletin recipient in scope) cost ~400 ms of database time a view; the rest of the
 * page costs a tenth of that.
 *
 * <p>What this person changes shows at once: any request of theirs that is not a GET forgets the figures
 * ({@link FreshFiguresFilter}), and so does the page's "Refresh" link. What others change shows within
 * {@link #FRESH_FOR}; the page says when its figures were counted. The figures are kept out of the replicated
 * session (transient): after a fail-over they are only counted again.
 */
@Named
@SessionScoped
public class HomeFigures implements Serializable {

    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    private static final long serialVersionUID = 1L;

    private transient Map<String, Figure> figures;

    private record Figure(Object value, Instant countedAt) {
    }

    /** The named figure, counted now unless this session counted it within the last minute. */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, Supplier<T> count) {
        Map<String, Figure> kept = kept();
        Instant now = now();
        Figure figure = kept.get(name);
        if (figure == null || figure.countedAt().plus(FRESH_FOR).isBefore(now)) {
            figure = new Figure(count.get(), now);
            kept.put(name, figure);
        }
        return (T) figure.value();
    }

    /** Counts everything again on the next view. */
    public void forget() {
        kept().clear();
    }

    /** When the oldest figure kept was counted, to the minute, in the server's time zone; null before any. */
    public LocalTime getCountedAt() {
        return kept().values().stream().map(Figure::countedAt).min(Instant::compareTo)
                .map(at -> LocalTime.ofInstant(at, ZoneId.systemDefault()).truncatedTo(ChronoUnit.MINUTES))
                .orElse(null);
    }

    /** The clock; a test moves it. */
    Instant now() {
        return Instant.now();
    }

    private synchronized Map<String, Figure> kept() {
        if (figures == null) {
            figures = new ConcurrentHashMap<>();
        }
        return figures;
    }
}
