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
        Page<T> page = fetcher.fetch(new PageRequest(first, pageSize, field, ascending));
        knownTotal = page.total();
        setRowCount((int) Math.min(knownTotal, Integer.MAX_VALUE));
        return page.items();
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
