package org.liaison.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/**
 * How many rows a home-page section shows. A section that lists one row per agency or per hospital grows with the
 * organisation (at 80 hospitals and 440 agencies the director's home was 377 KB); it shows the {@value #SHOWN} rows
 * that need attention most, and a "show all" link reopens the home with {@code ?all=<section>} for the full list.
 */
@Named
@RequestScoped
public class HomeRows {

    /** Rows a bounded section shows. */
    public static final int SHOWN = 10;

    private String all;

    public HomeRows() {
    }

    /** For tests: the section the request asked to see in full ("" for none). */
    HomeRows(String asked) {
        this.all = asked;
    }

    /** True when the request asked for every row of {@code section}. */
    public boolean all(String section) {
        if (all == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String asked = faces == null ? null : faces.getExternalContext().getRequestParameterMap().get("all");
            all = asked == null ? "" : asked;
        }
        return section.equals(all);
    }

    /**
     * The rows a section shows: all of them when there are at most {@value #SHOWN} or the request asked for all;
     * otherwise the first {@value #SHOWN} by {@code attentionFirst} (most in need of attention first).
     */
    public <T> List<T> shown(String section, List<T> rows, Comparator<? super T> attentionFirst) {
        if (rows.size() <= SHOWN || all(section)) {
            return rows;
        }
        return rows.stream().sorted(attentionFirst).limit(SHOWN).toList();
    }

    /** As {@link #shown(String, List, Comparator)} for rows already ordered most in need of attention first. */
    public <T> List<T> shown(String section, List<T> rows) {
        return rows.size() <= SHOWN || all(section) ? rows : List.copyOf(rows.subList(0, SHOWN));
    }

    /** The bound, for the "show all" caption. */
    public int getShown() { return SHOWN; }
}
