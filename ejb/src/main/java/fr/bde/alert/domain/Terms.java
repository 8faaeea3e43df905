package fr.bde.alert.domain;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * French words reduced the way the search index reduces them (lower case, elisions dropped,
 * accents folded, plural and feminine endings removed), so that an alert matches the offers a
 * search with the same keywords finds: "hôpitaux" and "Hopital", "comptables" and "comptable".
 */
public final class Terms {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu");

    private Terms() {
    }

    /** The distinct reduced words of a text, in order of appearance. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.FRENCH), Normalizer.Form.NFD))
                .replaceAll("").replace('\u2019', '\'');
        for (String word : SEPARATORS.split(folded)) {
            String term = stem(dropElision(word));
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static String dropElision(String word) {
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 0) {
            return word;
        }
        String head = word.substring(0, apostrophe);
        String tail = word.substring(apostrophe + 1).replace("'", "");
        return ELISIONS.contains(head) ? tail : head + tail;
    }

    /** A light stemmer: enough to join singular and plural, masculine and feminine. */
    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("aux")) {
            return w.substring(0, w.length() - 3) + "al";
        }
        if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
