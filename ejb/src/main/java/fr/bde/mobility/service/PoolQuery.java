package fr.bde.mobility.service;

import fr.bde.mobility.domain.CodeList;
import fr.bde.mobility.domain.SearchText;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a pool search over mobility_pool_entry (alias e): the caller's pool first
 * (the index prefix), then one fixed fragment per criterion given, values always as parameters.
 */
final class PoolQuery {

    static final Map<String, String> SORTS = Map.of("updatedAt", "e.updated_at", "lastName", "e.last_name",
            "availableFrom", "e.available_from");

    final StringBuilder where = new StringBuilder("e.audience = ? and e.region_code = ?");
    final List<Object> parameters = new ArrayList<>();

    PoolQuery(PoolScope scope, PoolCriteria criteria, Integer minimumDiplomaRank, String departementRegion) {
        parameters.add(scope.audience().name());
        parameters.add(scope.regionCode());
        if (criteria.getKind() != null) {
            add(" and e.kind = ?", criteria.getKind().name());
        }
        if (minimumDiplomaRank != null) {
            add(" and e.diploma_rank >= ?", minimumDiplomaRank);
        }
        words(criteria.getDiplomaKeywords()).forEach(w -> add(" and e.diploma_text like ?", SearchText.likePattern(w)));
        words(criteria.getJobKeywords()).forEach(w -> add(" and e.job_text like ?", SearchText.likePattern(w)));
        if (present(criteria.getWantedBranch())) {
            add(" and e.wanted_branches like ?", CodeList.containing(criteria.getWantedBranch()));
        }
        if (present(criteria.getWantedScheme())) {
            add(" and e.wanted_schemes like ?", CodeList.containing(criteria.getWantedScheme()));
        }
        if (present(criteria.getWantedRegion())) {
            add(" and e.wanted_places like ?", CodeList.containing(Places.region(criteria.getWantedRegion())));
        }
        if (present(criteria.getWantedDepartement())) {
            // a wish wanting the département itself, or its whole region
            where.append(" and (e.wanted_places like ? or e.wanted_places like ?)");
            parameters.add(CodeList.containing(Places.departement(criteria.getWantedDepartement())));
            parameters.add(CodeList.containing(Places.wholeRegion(departementRegion)));
        }
        if (criteria.getAvailableBy() != null) {
            add(" and e.available_from <= ?", Date.valueOf(criteria.getAvailableBy()));
        }
    }

    private void add(String fragment, Object value) {
        where.append(fragment);
        parameters.add(value);
    }

    static List<String> words(String keywords) {
        String normalised = SearchText.normalise(keywords);
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
