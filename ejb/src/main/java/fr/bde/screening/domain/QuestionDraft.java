package fr.bde.screening.domain;

import fr.bde.common.BusinessException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A question as the recruiter types it: choices one per line, bounds as typed. {@link #problems()}
 * lists every mistake (field and message key); {@link #rule()} is the rule once there is none.
 */
public record QuestionDraft(String text, QuestionKind kind, String choices, boolean knockOut, Boolean expectedYes,
                            String allowedChoices, String min, String max) {

    public static final int MAX_CHOICES = 20;

    public List<BusinessException> problems() {
        List<BusinessException> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new BusinessException("text", "screening.question.text.required"));
        } else if (text.strip().length() > ScreeningQuestion.TEXT_MAX) {
            problems.add(new BusinessException("text", "screening.question.text.tooLong", ScreeningQuestion.TEXT_MAX));
        }
        if (kind == null) {
            problems.add(new BusinessException("kind", "screening.question.kind.required"));
            return problems;
        }
        switch (kind) {
            case YES_NO -> {
                if (knockOut && expectedYes == null) {
                    problems.add(new BusinessException("expectedYes", "screening.question.expected.required"));
                }
            }
            case SINGLE_CHOICE -> {
                List<String> offered = lines(choices);
                if (offered.size() < 2 || offered.size() > MAX_CHOICES
                        || new LinkedHashSet<>(offered).size() != offered.size()
                        || offered.stream().anyMatch(c -> c.length() > ScreeningAnswer.ANSWER_MAX)
                        || String.join("\n", offered).length() > ScreeningQuestion.CHOICES_MAX) {
                    problems.add(new BusinessException("choices", "screening.question.choices.invalid", MAX_CHOICES));
                } else if (knockOut) {
                    List<String> allowed = lines(allowedChoices);
                    if (allowed.isEmpty() || !offered.containsAll(allowed)) {
                        problems.add(new BusinessException("allowedChoices", "screening.question.allowed.invalid"));
                    }
                }
            }
            case NUMBER -> {
                if (knockOut) {
                    Optional<BigDecimal> low = bound(min);
                    Optional<BigDecimal> high = bound(max);
                    boolean badLow = present(min) && low.isEmpty();
                    boolean badHigh = present(max) && high.isEmpty();
                    if (badLow) {
                        problems.add(new BusinessException("min", "screening.question.bound.invalid"));
                    }
                    if (badHigh) {
                        problems.add(new BusinessException("max", "screening.question.bound.invalid"));
                    }
                    if (!badLow && !badHigh && low.isEmpty() && high.isEmpty()) {
                        problems.add(new BusinessException("min", "screening.question.bounds.required"));
                    } else if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0) {
                        problems.add(new BusinessException("max", "screening.question.bounds.order"));
                    }
                }
            }
        }
        return problems;
    }

    /** The rule of a draft without problems. */
    public KnockOutRule rule() {
        List<String> offered = kind == QuestionKind.SINGLE_CHOICE ? lines(choices) : List.of();
        Set<String> allowed = new LinkedHashSet<>(kind == QuestionKind.SINGLE_CHOICE ? lines(allowedChoices) : List.of());
        return new KnockOutRule(kind, offered, knockOut, expectedYes, allowed,
                kind == QuestionKind.NUMBER ? bound(min).orElse(null) : null,
                kind == QuestionKind.NUMBER ? bound(max).orElse(null) : null);
    }

    static List<String> lines(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean present(String typed) {
        return typed != null && !typed.isBlank();
    }

    private static Optional<BigDecimal> bound(String typed) {
        return present(typed) ? KnockOutRule.number(typed.strip()) : Optional.empty();
    }
}
