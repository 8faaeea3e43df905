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

/** The pool-assignment rule: every pool kind, the Directeur / Agent comptable exclusion, the opt-in. */
class PoolAssignmentTest {

    static Set<ExecutiveFunction> functions(String list) {
        return list.isBlank() ? EnumSet.noneOf(ExecutiveFunction.class)
                : Arrays.stream(list.split("\\+")).map(String::strip).map(ExecutiveFunction::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExecutiveFunction.class)));
    }

    static Set<String> regions(String list) {
        return Set.of(list.split("\\+"));
    }

    @ParameterizedTest(name = "{0} {1} targeting [{2}], opt-in {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
            // staff wishes: the staff pool of every wanted region
            "STAFF     | 11       | ''                            | false | GENERAL_SCHEME:11:STAFF",
            "STAFF     | 11+84    | ''                            | false | GENERAL_SCHEME:11:STAFF GENERAL_SCHEME:84:STAFF",
            // opted in: also the RSI, MSA and public-service pools
            "STAFF     | 53       | ''                            | true  | GENERAL_SCHEME:53:STAFF RSI:53:STAFF MSA:53:STAFF PUBLIC_SERVICE:53:STAFF",
            // executive wishes: the executive pool, except Directeur / Agent comptable only
            "EXECUTIVE | 44       | DEPUTY_DIRECTOR               | false | GENERAL_SCHEME:44:EXECUTIVE",
            "EXECUTIVE | 44       | DIRECTOR                      | false | ''",
            "EXECUTIVE | 44       | ACCOUNTING_OFFICER            | true  | ''",
            "EXECUTIVE | 44       | DIRECTOR+ACCOUNTING_OFFICER   | false | ''",
            "EXECUTIVE | 44       | DIRECTOR+DEPARTMENT_HEAD      | false | GENERAL_SCHEME:44:EXECUTIVE",
            "EXECUTIVE | 44+93    | OTHER_EXECUTIVE               | true  | GENERAL_SCHEME:44:EXECUTIVE RSI:44:EXECUTIVE MSA:44:EXECUTIVE PUBLIC_SERVICE:44:EXECUTIVE GENERAL_SCHEME:93:EXECUTIVE RSI:93:EXECUTIVE MSA:93:EXECUTIVE PUBLIC_SERVICE:93:EXECUTIVE",
            "EXECUTIVE | 27       | ''                            | false | GENERAL_SCHEME:27:EXECUTIVE",
    })
    void poolsOfAWish(WishKind kind, String regionList, String functionList, boolean optIn, String expected) {
        PoolAssignment.Wish wish = new PoolAssignment.Wish(kind, regions(regionList), functions(functionList), optIn);
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
    }

    @ParameterizedTest
    @CsvSource({"DIRECTOR, true", "ACCOUNTING_OFFICER, true", "DEPUTY_DIRECTOR, false", "DEPARTMENT_HEAD, false",
            "OTHER_EXECUTIVE, false"})
    void onlyDirectorAndAccountingOfficerAreReserved(ExecutiveFunction function, boolean reserved) {
        assertEquals(reserved, function.reservedToCareerManagers());
        assertTrue(reserved || !PoolAssignment.pools(new PoolAssignment.Wish(WishKind.EXECUTIVE, Set.of("11"),
                EnumSet.of(function), false)).isEmpty());
        assertFalse(reserved && !PoolAssignment.pools(new PoolAssignment.Wish(WishKind.EXECUTIVE, Set.of("11"),
                EnumSet.of(function), false)).isEmpty());
    }
}
