package fr.bde.screening.service;

/**
 * The recruiter's filter of an offer's applications on their answers; each part optional:
 * the answer given to one question, and/or whether any knock-out criterion failed.
 */
public record AnswerFilter(Long questionId, String answer, Boolean knockedOut) {
}
