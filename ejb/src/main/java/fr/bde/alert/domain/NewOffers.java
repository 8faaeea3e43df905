package fr.bde.alert.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The offers published since the previous digests, indexed by each criterion an alert may set,
 * so that an alert is compared only with the offers sharing its most selective criterion (its
 * rarest keyword, its département, its employer…) rather than with every new offer.
 */
public final class NewOffers {

    private static final List<OfferFacts> NONE = List.of();

    private final List<OfferFacts> all;
    private final Map<String, List<OfferFacts>> byRegion;
    private final Map<String, List<OfferFacts>> byDepartement;
    private final Map<Long, List<OfferFacts>> byOrganisation;
    private final Map<String, List<OfferFacts>> byBranch;
    private final Map<String, List<OfferFacts>> byContractType;
    private final Map<String, List<OfferFacts>> byQualification;
    private final Map<String, List<OfferFacts>> byTerm = new HashMap<>();
    private final List<OfferFacts> remote;

    public NewOffers(List<OfferFacts> offers) {
        all = offers.stream().sorted(Comparator.comparing(OfferFacts::publishedAt).reversed()
                .thenComparing(OfferFacts::reference)).toList();
        byRegion = index(OfferFacts::regionCode);
        byDepartement = index(OfferFacts::departementCode);
        byOrganisation = index(OfferFacts::organisationId);
        byBranch = index(OfferFacts::branchCode);
        byContractType = index(OfferFacts::contractTypeCode);
        byQualification = index(OfferFacts::qualificationLevelCode);
        remote = all.stream().filter(OfferFacts::remoteWork).toList();
        for (OfferFacts offer : all) {
            offer.terms().forEach(term -> byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(offer));
        }
    }

    public int size() {
        return all.size();
    }

    /** The offers matching the criteria published after {@code after}, newest first. */
    public List<OfferFacts> matching(AlertCriteria criteria, Instant after) {
        Set<String> terms = criteria.terms();
        List<OfferFacts> candidates = all;
        candidates = narrower(candidates, criteria.regionCode(), byRegion);
        candidates = narrower(candidates, criteria.departementCode(), byDepartement);
        candidates = narrower(candidates, criteria.organisationId(), byOrganisation);
        candidates = narrower(candidates, criteria.branchCode(), byBranch);
        candidates = narrower(candidates, criteria.contractTypeCode(), byContractType);
        candidates = narrower(candidates, criteria.qualificationLevelCode(), byQualification);
        if (criteria.remoteOnly() && remote.size() < candidates.size()) {
            candidates = remote;
        }
        for (String term : terms) {
            candidates = narrower(candidates, term, byTerm);
        }
        List<OfferFacts> found = new ArrayList<>();
        for (OfferFacts offer : candidates) {
            if (offer.publishedAt().isAfter(after) && criteria.matches(offer, terms)) {
                found.add(offer);
            }
        }
        // the index lists keep the newest-first order of "all"
        return found;
    }

    private static <K> List<OfferFacts> narrower(List<OfferFacts> current, K key, Map<K, List<OfferFacts>> index) {
        if (key == null) {
            return current;
        }
        List<OfferFacts> list = index.getOrDefault(key, NONE);
        return list.size() < current.size() ? list : current;
    }

    private <K> Map<K, List<OfferFacts>> index(Function<OfferFacts, K> key) {
        Map<K, List<OfferFacts>> map = new HashMap<>();
        for (OfferFacts offer : all) {
            K k = key.apply(offer);
            if (k != null) {
                map.computeIfAbsent(k, x -> new ArrayList<>()).add(offer);
            }
        }
        return map;
    }
}
