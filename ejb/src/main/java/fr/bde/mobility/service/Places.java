package fr.bde.mobility.service;

import fr.bde.mobility.domain.CodeList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The places a wish wants, as pool entries store them: "R11" for a region wanted whole or through
 * one of its départements (a region criterion), "W11" for a region wanted whole and "D75" for a
 * département (a département criterion finds both).
 */
public final class Places {

    private Places() {
    }

    public static String of(String wantedRegions, String wantedDepartements, String poolRegions) {
        Set<String> places = new LinkedHashSet<>();
        CodeList.parse(poolRegions).forEach(r -> places.add(region(r)));
        CodeList.parse(wantedRegions).forEach(r -> places.add("W" + r));
        CodeList.parse(wantedDepartements).forEach(d -> places.add(departement(d)));
        return CodeList.of(places);
    }

    static String region(String code) {
        return "R" + code;
    }

    static String departement(String code) {
        return "D" + code;
    }

    static String wholeRegion(String regionCode) {
        return "W" + regionCode;
    }
}
