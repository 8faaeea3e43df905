package fr.bde.mobility.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Text searched by keyword: lower-case, without accents, blanks collapsed, so "Comptabilit\u00e9"
 * finds "comptabilite". The same normalisation is applied to the stored text and to the criterion.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}+#]+", " ").strip();
    }

    /** The normalised parts joined by " | " (a keyword never spans two answers), cut to {@code max}. */
    public static String join(int max, String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).map(SearchText::normalise)
                .filter(p -> !p.isEmpty()).collect(Collectors.joining(" | "));
        return joined.length() <= max ? joined : joined.substring(0, max);
    }

    /** A LIKE pattern for a normalised keyword; LIKE's wildcards cannot occur (normalise keeps letters and digits). */
    public static String likePattern(String keyword) {
        return "%" + normalise(keyword) + "%";
    }
}
