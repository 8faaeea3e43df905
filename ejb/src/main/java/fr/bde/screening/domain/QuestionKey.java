package fr.bde.screening.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What makes two questions "the same question" for reusing a candidate's answer: their text,
 * ignoring case, accents, punctuation and spacing ("Avez-vous le permis B ?" = "avez vous le permis b").
 */
public final class QuestionKey {

    private QuestionKey() {
    }

    public static String of(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH);
        String key = plain.replaceAll("[^\\p{Alnum}]+", " ").strip();
        return key.length() > ScreeningQuestion.TEXT_MAX ? key.substring(0, ScreeningQuestion.TEXT_MAX) : key;
    }
}
