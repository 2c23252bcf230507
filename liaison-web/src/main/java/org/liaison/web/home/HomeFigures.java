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
 * The home page's aggregate figures, kept in the person's session while nothing changes. A director comes back to the
 * home between most other pages, and at ten times the demo data its figures (every incident's response time, every
 * corrective action, finding and bulletin recipient in scope) cost ~400 ms of database time a view; the rest of the
 * page costs a tenth of that.
 *
 * <p>A figure is counted again after any entity was written on this server
 * ({@link org.liaison.domain.shared.DataChanges}), after {@link #FRESH_FOR} in any case (a change on another node of
 * a cluster, a bulk update), and when the person asks (the page's link, {@code ?refresh}, see
 * {@link FreshFiguresFilter}). The page says when its figures were counted. They are kept out of the replicated
 * session (transient): after a fail-over they are only counted again.
 */
@Named
@SessionScoped
public class HomeFigures implements Serializable {

    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    private static final long serialVersionUID = 1L;

    private transient Map<String, Figure> figures;

    private record Figure(Object value, Instant countedAt, long changesBefore) {
    }

    /**
     * The named figure as this session counted it, unless data may have changed since or it is more than a minute
     * old; then counted now.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, Supplier<T> count) {
        Map<String, Figure> kept = kept();
        Instant now = now();
        long changesNow = changesSoFar();
        Figure figure = kept.get(name);
        if (figure == null || figure.changesBefore() != changesNow || figure.countedAt().plus(FRESH_FOR).isBefore(now)) {
            figure = new Figure(count.get(), now, changesNow);
            kept.put(name, figure);
        }
        return (T) figure.value();
    }

    /** Counts everything again on the next view. */
    public void forget() {
        kept().clear();
    }

    /** When the oldest figure kept was counted, to the second, in the server's time zone; null before any. */
    public LocalTime getCountedAt() {
        return kept().values().stream().map(Figure::countedAt).min(Instant::compareTo)
                .map(at -> LocalTime.ofInstant(at, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS))
                .orElse(null);
    }

    /** The clock; a test moves it. */
    Instant now() {
        return Instant.now();
    }

    /** How many entities this server has written so far; a test sets it. */
    long changesSoFar() {
        return org.liaison.domain.shared.DataChanges.count();
    }

    private synchronized Map<String, Figure> kept() {
        if (figures == null) {
            figures = new ConcurrentHashMap<>();
        }
        return figures;
    }
}
