package fr.bde.web.common;

import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A lazy table whose pages (and single-column sort) are read from a service, a page at a time. */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> page(PageRequest request);
    }

    /** A row's identity in the table. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Loader<T> loader;
    private final Key<T> key;

    public PagedRows(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.page(PageRequest.of(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        Page<T> page = loader.page(new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
