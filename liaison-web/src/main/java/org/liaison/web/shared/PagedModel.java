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

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // Only the total is wanted here; a one-row page carries it.
        return (int) fetcher.fetch(new PageRequest(0, 1, null, true)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
        Page<T> page = fetcher.fetch(request);
        setRowCount((int) page.total());
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
