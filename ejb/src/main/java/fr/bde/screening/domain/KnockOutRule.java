package fr.bde.screening.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A screening question's answer rule: which answers are well-formed, and, for a knock-out
 * question, which answers fail the criterion. Answers are kept in a canonical form: "true" or
 * "false" for yes/no, the choice's text, a plain decimal number ("3.5", typed "3,5" in French).
 *
 * @param choices        the offered choices (single choice only)
 * @param knockOut       whether a failing answer is a knock-out
 * @param expectedYes    the expected answer of a yes/no knock-out question
 * @param allowedChoices the choices that pass a single-choice knock-out question
 * @param min            the least number passing (inclusive), or null
 * @param max            the greatest number passing (inclusive), or null
 */
public record KnockOutRule(QuestionKind kind, List<String> choices, boolean knockOut, Boolean expectedYes,
                           Set<String> allowedChoices, BigDecimal min, BigDecimal max) {

    public static final String YES = "true";
    public static final String NO = "false";
    /** Numbers beyond this are typing mistakes rather than answers. */
    static final BigDecimal LIMIT = new BigDecimal("9999999999");

    public KnockOutRule {
        choices = choices == null ? List.of() : List.copyOf(choices);
        allowedChoices = allowedChoices == null ? Set.of() : Set.copyOf(allowedChoices);
    }

    /** The canonical form of a typed or chosen answer; empty when it is missing or not an answer of this kind. */
    public Optional<String> canonical(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String answer = raw.strip();
        return switch (kind) {
            case YES_NO -> YES.equals(answer) || NO.equals(answer) ? Optional.of(answer) : Optional.empty();
            case SINGLE_CHOICE -> choices.contains(answer) ? Optional.of(answer) : Optional.empty();
            case NUMBER -> number(answer).map(BigDecimal::toPlainString);
        };
    }

    /** Whether a canonical answer fails the knock-out criterion (never, for a question without one). */
    public boolean knocksOut(String canonical) {
        if (!knockOut) {
            return false;
        }
        return switch (kind) {
            case YES_NO -> expectedYes != null && !expectedYes.toString().equals(canonical);
            case SINGLE_CHOICE -> !allowedChoices.contains(canonical);
            case NUMBER -> {
                BigDecimal value = new BigDecimal(canonical);
                yield min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0;
            }
        };
    }

    /** A number typed the French way ("3,5") or not ("3.5"), within sane bounds. */
    static Optional<BigDecimal> number(String typed) {
        String s = typed.replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!s.matches("-?\\d{1,10}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s).stripTrailingZeros();
        if (value.abs().compareTo(LIMIT) > 0) {
            return Optional.empty();
        }
        return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
    }
}
