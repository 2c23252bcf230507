package org.liaison.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table model over a service that pages in the database. Filters come from the backing bean (its form
 * fields), sorting from the table; only one page of rows is ever loaded.
 * <p>
 * The model lives in a view-scoped bean, so the cluster serializes it with the session after every request and reads
 * it back before the next. Its rows are entities with their associations (lazy lists included): serialized, they
 * were most of what the scale-10 exercise list spent its CPU on (JFR: ~70 % in session writes and reads). So it
 * travels without them ({@link #writeReplace}): only which page was shown. A postback that needs a row before the table loads again (a command in a row, a selection) fetches that
 * same page again first.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Fetches one page; implemented by a backing bean method reference, hence Serializable. */
    @FunctionalInterface
    public interface Fetcher<T> extends Serializable {
        Page<T> fetch(PageRequest request);
    }

    /** The id a row is selected by. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    private final Fetcher<T> fetcher;
    private final RowKey<T> rowKey;
    private Long knownTotal;
    private PageRequest shown;

    public PagedModel(Fetcher<T> fetcher, RowKey<T> rowKey) {
        this.fetcher = fetcher;
        this.rowKey = rowKey;
    }

    /** A new search starts on the first page of the table with that client id. */
    public static void showFirstPage(String tableClientId) {
        org.primefaces.component.datatable.DataTable table = org.omnifaces.util.Components.findComponent(tableClientId);
        if (table != null) {
            table.setFirst(0);
        }
    }

    /**
     * PrimeFaces asks for the count before every load, only to keep the requested first row within the list. The
     * total of the previous load answers it, and before any load the requested page is assumed to exist; the load
     * that follows sets the fresh total either way. So a page of a table costs one service call (a count and a page
     * of rows), not two.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return knownTotal == null ? Integer.MAX_VALUE : (int) Math.min(knownTotal, Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        String field = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return fetch(new PageRequest(first, pageSize, field, ascending));
    }

    private List<T> fetch(PageRequest request) {
        Page<T> page = fetcher.fetch(request);
        shown = request;
        knownTotal = page.total();
        setRowCount((int) Math.min(knownTotal, Integer.MAX_VALUE));
        return page.items();
    }

    /** The rows of the page last shown, fetched again when this model came back from the session without them. */
    private void restoreRows() {
        if (super.getWrappedData() == null && shown != null) {
            setWrappedData(fetch(shown));
        }
    }

    @Override
    public List<T> getWrappedData() {
        restoreRows();
        return super.getWrappedData();
    }

    @Override
    public void setRowIndex(int rowIndex) {
        if (rowIndex >= 0) {
            restoreRows();
        }
        super.setRowIndex(rowIndex);
    }

    /** What the session keeps of this model: the same fetcher and position, no rows. */
    protected Object writeReplace() {
        PagedModel<T> withoutRows = new PagedModel<>(fetcher, rowKey);
        withoutRows.knownTotal = knownTotal;
        withoutRows.shown = shown;
        withoutRows.setRowCount(getRowCount());
        withoutRows.setPageSize(getPageSize());
        return withoutRows;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }

    @Override
    public T getRowData(String key) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> String.valueOf(rowKey.of(r)).equals(key))
                .findFirst().orElse(null);
    }
}
