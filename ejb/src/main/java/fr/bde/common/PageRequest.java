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

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
