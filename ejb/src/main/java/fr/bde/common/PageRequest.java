package fr.bde.common;

/** A page of a list: first row, page size (bounded), and an optional sort. */
public record PageRequest(int first, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0) {
            size = 20;
        }
        size = Math.min(size, MAX_SIZE);
    }

    /**
     * The ORDER BY expression for this page: the requested sort when it is one of {@code allowed}
     * (field name to JPQL path, so user input never reaches the query), else newest first.
     */
    public String orderBy(java.util.Map<String, String> allowed, String defaultPath) {
        String path = sortField == null ? null : allowed.get(sortField);
        return path == null ? defaultPath + " desc" : path + (ascending ? " asc" : " desc");
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
