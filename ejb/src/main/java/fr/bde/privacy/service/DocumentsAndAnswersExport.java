package fr.bde.privacy.service;

import fr.bde.document.domain.ApplicationDocument;
import fr.bde.document.domain.CandidateDocument;
import fr.bde.screening.domain.ScreeningAnswer;
import fr.bde.security.domain.AppUser;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import java.util.Base64;

/** The candidate's saved documents, and each application's answers and joined documents, for the personal-data export (JSON). */
final class DocumentsAndAnswersExport {

    private DocumentsAndAnswersExport() {
    }

    static JsonArrayBuilder savedDocuments(EntityManager em, AppUser candidate) {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        em.createQuery("select d from CandidateDocument d where d.candidate = :me order by d.id", CandidateDocument.class)
                .setParameter("me", candidate).getResultList()
                .forEach(d -> documents.add(Json.createObjectBuilder().add("kind", d.getKind().name())
                        .add("fileName", d.getFileName()).add("contentType", d.getContentType())
                        .add("uploadedAt", d.getUploadedAt().toString())
                        .add("contentBase64", Base64.getEncoder().encodeToString(d.getContent()))));
        return documents;
    }

    static JsonArrayBuilder answers(EntityManager em, Long applicationId) {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        em.createQuery("select s from ScreeningAnswer s where s.application.id = :a order by s.id", ScreeningAnswer.class)
                .setParameter("a", applicationId).getResultList()
                .forEach(s -> answers.add(Json.createObjectBuilder().add("question", s.getQuestionText())
                        .add("answer", s.getAnswer()).add("knockedOut", s.isKnockedOut())));
        return answers;
    }

    static JsonArrayBuilder applicationDocuments(EntityManager em, Long applicationId) {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        em.createQuery("select d from ApplicationDocument d where d.application.id = :a order by d.id", ApplicationDocument.class)
                .setParameter("a", applicationId).getResultList()
                .forEach(d -> documents.add(Json.createObjectBuilder().add("kind", d.getKind().name())
                        .add("fileName", d.getFileName()).add("contentType", d.getContentType())
                        .add("contentBase64", Base64.getEncoder().encodeToString(d.getContent()))));
        return documents;
    }
}
