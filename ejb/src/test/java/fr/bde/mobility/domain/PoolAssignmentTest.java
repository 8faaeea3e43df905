package fr.bde.mobility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pool-assignment rule: every pool kind, the Directeur / Agent comptable exclusion, the opt-in, the schemes wanted. */
class PoolAssignmentTest {

    static final String CM = "CAREER_MANAGERS:FR:EXECUTIVE";

    static Set<ExecutiveFunction> functions(String list) {
        return list.isBlank() ? EnumSet.noneOf(ExecutiveFunction.class)
                : Arrays.stream(list.split("\\+")).map(String::strip).map(ExecutiveFunction::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExecutiveFunction.class)));
    }

    static Set<String> codes(String list) {
        return list.isBlank() ? Set.of() : Set.of(list.split("\\+"));
    }

    @ParameterizedTest(name = "{0} {1} targeting [{2}], schemes [{3}], opt-in {4} -> {5}")
    @CsvSource(delimiter = '|', value = {
            // staff wishes: the staff pool of every wanted region
            "STAFF     | 11       | ''                            | ''              | false | GENERAL_SCHEME:11:STAFF",
            "STAFF     | 11+84    | ''                            | ''              | false | GENERAL_SCHEME:11:STAFF GENERAL_SCHEME:84:STAFF",
            // opted in: also the RSI, MSA and public-service pools
            "STAFF     | 53       | ''                            | ''              | true  | GENERAL_SCHEME:53:STAFF RSI:53:STAFF MSA:53:STAFF PUBLIC_SERVICE:53:STAFF",
            // schemes wanted: the general scheme's pools only if it is wanted (or no scheme named)
            "STAFF     | 53       | ''                            | GENERAL+RSI     | true  | GENERAL_SCHEME:53:STAFF RSI:53:STAFF MSA:53:STAFF PUBLIC_SERVICE:53:STAFF",
            "STAFF     | 53       | ''                            | AGRICOLE        | true  | RSI:53:STAFF MSA:53:STAFF PUBLIC_SERVICE:53:STAFF",
            "STAFF     | 53       | ''                            | AGRICOLE        | false | ''",
            // no region wanted: no regional pool
            "STAFF     | ''       | ''                            | ''              | true  | ''",
            // executive wishes: the executive pool, except Directeur / Agent comptable only; always the career managers' pool
            "EXECUTIVE | 44       | DEPUTY_DIRECTOR               | ''              | false | GENERAL_SCHEME:44:EXECUTIVE " + CM,
            "EXECUTIVE | 44       | DIRECTOR                      | ''              | false | " + CM,
            "EXECUTIVE | 44       | ACCOUNTING_OFFICER            | ''              | true  | " + CM,
            "EXECUTIVE | 44       | DIRECTOR+ACCOUNTING_OFFICER   | ''              | false | " + CM,
            "EXECUTIVE | 44       | DIRECTOR+DEPARTMENT_HEAD      | ''              | false | GENERAL_SCHEME:44:EXECUTIVE " + CM,
            "EXECUTIVE | 44+93    | OTHER_EXECUTIVE               | ''              | true  | GENERAL_SCHEME:44:EXECUTIVE RSI:44:EXECUTIVE MSA:44:EXECUTIVE PUBLIC_SERVICE:44:EXECUTIVE GENERAL_SCHEME:93:EXECUTIVE RSI:93:EXECUTIVE MSA:93:EXECUTIVE PUBLIC_SERVICE:93:EXECUTIVE " + CM,
            "EXECUTIVE | 27       | ''                            | ''              | false | GENERAL_SCHEME:27:EXECUTIVE " + CM,
    })
    void poolsOfAWish(WishKind kind, String regionList, String functionList, String schemes, boolean optIn,
                      String expected) {
        PoolAssignment.Wish wish = new PoolAssignment.Wish(kind, codes(regionList), functions(functionList),
                codes(schemes), optIn);
        String actual = PoolAssignment.pools(wish).stream()
                .map(p -> p.audience() + ":" + p.regionCode() + ":" + p.kind())
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource({"EXECUTIVE, DIRECTOR, true", "EXECUTIVE, DEPUTY_DIRECTOR, true", "STAFF, '', false"})
    void careerManagersSeeEveryExecutiveWish(WishKind kind, String functionList, boolean visible) {
        PoolAssignment.Wish wish = new PoolAssignment.Wish(kind, Set.of("11"), functions(functionList), false);
        assertEquals(visible, PoolAssignment.visibleToCareerManagers(wish));
        assertEquals(visible, PoolAssignment.pools(wish).stream().anyMatch(p -> p.audience() == PoolAudience.CAREER_MANAGERS));
    }

    @ParameterizedTest
    @CsvSource({"DIRECTOR, true", "ACCOUNTING_OFFICER, true", "DEPUTY_DIRECTOR, false", "DEPARTMENT_HEAD, false",
            "OTHER_EXECUTIVE, false"})
    void onlyDirectorAndAccountingOfficerAreReserved(ExecutiveFunction function, boolean reserved) {
        assertEquals(reserved, function.reservedToCareerManagers());
        boolean regional = PoolAssignment.pools(new PoolAssignment.Wish(WishKind.EXECUTIVE, Set.of("11"),
                EnumSet.of(function), true)).stream().anyMatch(p -> p.audience() != PoolAudience.CAREER_MANAGERS);
        assertTrue(reserved || regional);
        assertFalse(reserved && regional);
    }
}
