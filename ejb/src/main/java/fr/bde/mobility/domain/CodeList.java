package fr.bde.mobility.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A multi-valued answer stored in one column as ",A,B,": a criterion on it is one
 * {@code LIKE '%,A,%'} on the pool entry, without a child table to join.
 */
public final class CodeList {

    private CodeList() {
    }

    public static String of(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        return "," + codes.stream().map(String::strip).filter(c -> !c.isEmpty()).sorted().distinct()
                .collect(Collectors.joining(",")) + ",";
    }

    public static Set<String> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return new LinkedHashSet<>();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The LIKE pattern matching a stored list that holds this code. */
    public static String containing(String code) {
        return "%," + code + ",%";
    }
}
