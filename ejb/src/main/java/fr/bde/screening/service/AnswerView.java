package fr.bde.screening.service;

import fr.bde.screening.domain.QuestionKind;

/** An answer on the recruiter's application detail (canonical answer: "true"/"false", a choice, a number). */
public record AnswerView(String question, QuestionKind kind, String answer, boolean knockedOut) {
}
