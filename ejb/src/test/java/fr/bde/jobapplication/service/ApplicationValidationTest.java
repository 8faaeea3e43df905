package fr.bde.jobapplication.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.common.BusinessException;
import fr.bde.jobapplication.domain.DocumentType;
import fr.bde.jobapplication.domain.UploadedDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationValidationTest {

    static final UploadedDocument PDF = new UploadedDocument("cv.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));

    @Test
    void completeApplicationIsValid() {
        assertTrue(JobApplicationService.validate(new ApplicationForm("Léa", "Martin", "lea@example.fr", null), PDF).isEmpty());
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        List<BusinessException> problems = JobApplicationService.validate(
                new ApplicationForm(" ", null, "pas-une-adresse", null), null);
        assertEquals(List.of("firstName", "lastName", "email", "cv"), problems.stream().map(BusinessException::getField).toList());
        assertEquals(List.of("application.firstName.required", "application.lastName.required",
                "application.email.invalid", "application.cv.required"),
                problems.stream().map(BusinessException::getMessageKey).toList());
    }

    @Test
    void cvOverFiveMegabytesIsRefused() {
        byte[] big = new byte[(int) DocumentType.MAX_SIZE + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        List<BusinessException> problems = JobApplicationService.validate(
                new ApplicationForm("Léa", "Martin", "lea@example.fr", null), new UploadedDocument("cv.pdf", big));
        assertEquals("application.cv.tooLarge", problems.get(0).getMessageKey());
    }

    @Test
    void cvOfExactlyFiveMegabytesIsAccepted() {
        byte[] max = new byte[(int) DocumentType.MAX_SIZE];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, max, 0, 5);
        assertTrue(JobApplicationService.validate(new ApplicationForm("Léa", "Martin", "lea@example.fr", null),
                new UploadedDocument("cv.pdf", max)).isEmpty());
    }

    @Test
    void textFileNamedPdfIsRefused() {
        List<BusinessException> problems = JobApplicationService.validate(
                new ApplicationForm("Léa", "Martin", "lea@example.fr", null),
                new UploadedDocument("cv.pdf", "juste du texte".getBytes(StandardCharsets.UTF_8)));
        assertEquals("application.cv.badType", problems.get(0).getMessageKey());
        assertEquals("cv", problems.get(0).getField());
    }
}
