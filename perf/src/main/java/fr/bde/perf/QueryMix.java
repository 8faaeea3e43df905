package fr.bde.perf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The searches the benchmark sends, each as likely as the others: the public listing, filters,
 * keywords (accents, plurals, words without their accents), keywords with filters, and paging.
 */
final class QueryMix {

    private QueryMix() {
    }

    enum Category {
        LISTING("listing (no keywords)"),
        FILTERS("region / contract filters"),
        KEYWORDS("keywords"),
        KEYWORDS_FILTERS("keywords + filters"),
        PAGING("paging (page > 0, size up to 100)");

        final String label;

        Category(String label) {
            this.label = label;
        }
    }

    record Query(Category category, String q, String region, String contractType, String sort, int page, int size) {

        String httpPath() {
            StringBuilder sb = new StringBuilder("/api/v1/offers?");
            if (q != null) {
                sb.append("q=").append(encode(q)).append('&');
            }
            if (region != null) {
                sb.append("region=").append(region).append('&');
            }
            if (contractType != null) {
                sb.append("contractType=").append(contractType).append('&');
            }
            if (sort != null) {
                sb.append("sort=").append(sort).append('&');
            }
            sb.append("page=").append(page).append("&size=").append(size);
            return sb.toString();
        }

        String label() {
            List<String> parts = new ArrayList<>();
            if (q != null) {
                parts.add("q=\"" + q + "\"");
            }
            if (region != null) {
                parts.add("region=" + region);
            }
            if (contractType != null) {
                parts.add("contract=" + contractType);
            }
            if (sort != null) {
                parts.add("sort=" + sort);
            }
            if (page != 0 || size != 20) {
                parts.add("page=" + page + " size=" + size);
            }
            return parts.isEmpty() ? "(all, newest first)" : String.join(" ", parts);
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    static List<Query> queries() {
        List<Query> out = new ArrayList<>();
        // listing
        out.add(q(Category.LISTING, null, null, null, null, 0, 20));
        out.add(q(Category.LISTING, null, null, null, "NEWEST", 0, 20));
        out.add(q(Category.LISTING, null, null, null, "TITLE", 0, 20));
        out.add(q(Category.LISTING, null, null, null, "CLOSING", 0, 20));
        // filters
        for (String region : new String[]{"11", "84", "93", "75", "53", "32", "04", "94"}) {
            out.add(q(Category.FILTERS, null, region, null, null, 0, 20));
        }
        for (String contract : new String[]{"CDI", "CDD", "INTERNSHIP", "PROFESSIONALISATION", "INSTITUTIONAL_MISSION"}) {
            out.add(q(Category.FILTERS, null, null, contract, null, 0, 20));
        }
        out.add(q(Category.FILTERS, null, "11", "CDI", null, 0, 20));
        out.add(q(Category.FILTERS, null, "84", "CDD", null, 0, 20));
        out.add(q(Category.FILTERS, null, "76", "INTERNSHIP", null, 0, 20));
        out.add(q(Category.FILTERS, null, "28", "CDI", "TITLE", 0, 20));
        // keywords (accents, plurals, missing accents, several words: all must match)
        for (String kw : new String[]{"comptable", "comptables", "développeur java", "developpeur", "hôpitaux", "hopital",
                "infirmière", "télétravail", "teletravail", "médecin conseil", "données", "cotisations entreprises",
                "ressources humaines", "accueil téléphonique", "paie", "juriste contentieux", "retraite carrière",
                "allocations familiales", "cybersécurité", "fraude", "travailleurs indépendants", "postgresql",
                "handicap", "crèches", "statistiques", "marchés publics"}) {
            out.add(q(Category.KEYWORDS, kw, null, null, null, 0, 20));
        }
        // keywords + filters
        out.add(q(Category.KEYWORDS_FILTERS, "comptable", "11", null, null, 0, 20));
        out.add(q(Category.KEYWORDS_FILTERS, "développeur", null, "CDI", null, 0, 20));
        out.add(q(Category.KEYWORDS_FILTERS, "développeur java", "84", "INTERNSHIP", null, 0, 20));
        out.add(q(Category.KEYWORDS_FILTERS, "infirmier", "93", null, null, 0, 20));
        out.add(q(Category.KEYWORDS_FILTERS, "télétravail", "53", "CDD", null, 0, 20));
        out.add(q(Category.KEYWORDS_FILTERS, "gestionnaire prestations", "32", "CDI", null, 0, 20));
        out.add(q(Category.KEYWORDS_FILTERS, "conseiller retraite", "75", null, null, 0, 20));
        out.add(q(Category.KEYWORDS_FILTERS, "recouvrement", null, "CDI", "NEWEST", 0, 20));
        out.add(q(Category.KEYWORDS_FILTERS, "allocataires", "04", null, null, 0, 20));
        out.add(q(Category.KEYWORDS_FILTERS, "médecin", "94", null, null, 0, 20));
        // paging
        out.add(q(Category.PAGING, null, null, null, null, 1, 20));
        out.add(q(Category.PAGING, null, null, null, null, 4, 20));
        out.add(q(Category.PAGING, null, null, null, null, 50, 20));
        out.add(q(Category.PAGING, null, "11", null, null, 9, 20));
        out.add(q(Category.PAGING, null, null, "CDD", null, 0, 100));
        out.add(q(Category.PAGING, "comptable", null, null, null, 2, 20));
        out.add(q(Category.PAGING, "télétravail", null, null, null, 10, 20));
        out.add(q(Category.PAGING, "données", "84", null, null, 1, 50));
        return List.copyOf(out);
    }

    private static Query q(Category c, String q, String region, String contract, String sort, int page, int size) {
        return new Query(c, q, region, contract, sort, page, size);
    }
}
