package fr.bde.screening.service;

import fr.bde.screening.domain.QuestionKind;
import java.io.Serializable;
import java.util.List;

/** A question as the applicant sees it: never its knock-out criterion. */
public record QuestionView(Long id, String text, QuestionKind kind, List<String> choices) implements Serializable {
}
