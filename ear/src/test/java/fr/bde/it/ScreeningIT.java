package fr.bde.it;

import static fr.bde.it.CandidateSupport.PASSWORD;
import static fr.bde.it.CandidateSupport.as;
import static fr.bde.it.CandidateSupport.signUpAndValidate;
import static fr.bde.it.CandidateSupport.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.common.NotFoundException;
import fr.bde.common.PageRequest;
import fr.bde.document.domain.CandidateDocument;
import fr.bde.document.service.CandidateDocumentService;
import fr.bde.document.service.DocumentRow;
import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.jobapplication.domain.DocumentKind;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.jobapplication.service.ApplicationFiles;
import fr.bde.jobapplication.service.ApplicationForm;
import fr.bde.jobapplication.service.ApplicationRejectedException;
import fr.bde.jobapplication.service.ApplicationRow;
import fr.bde.jobapplication.service.GuidedApplicationService;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.mail.service.MailSender;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.privacy.service.CandidatePrivacyService;
import fr.bde.publication.service.PublicationService;
import fr.bde.screening.domain.QuestionDraft;
import fr.bde.screening.domain.QuestionKind;
import fr.bde.screening.domain.ScreeningQuestion;
import fr.bde.screening.service.AnswerFilter;
import fr.bde.screening.service.AnswerView;
import fr.bde.screening.service.ScreeningService;
import fr.bde.screening.service.QuestionView;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Screening questions and the candidate's documents on the deployed EAR: questions defined by the
 * offer's recruiter (and nobody else's), answers stored per application and pre-filled for the next
 * application asking the same question, knock-out rejection with the rejection mail held for the
 * offer's delay, saved documents reused across applications (copied: deleting the original leaves
 * the recruiter's copy), bad types refused, and nobody reads another candidate's document.
 */
@ExtendWith(ArquillianExtension.class)
class ScreeningIT {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServerMail.earWith(ScreeningIT.class, CandidateSupport.class, CandidateSupport.ThrowingRunnable.class);
    }

    @Inject
    CandidateAccountService accounts;
    @Inject
    GuidedApplicationService guided;
    @Inject
    JobApplicationService applications;
    @Inject
    ScreeningService screening;
    @Inject
    fr.bde.selection.service.SelectionService selection;
    @Inject
    CandidateDocumentService documents;
    @Inject
    OfferService offers;
    @Inject
    PublicationService publications;
    @Inject
    CandidatePrivacyService privacy;
    @Inject
    MailSender sender;
    @Inject
    ClockProducer clockProducer;

    @Inject
    Clock clock;

    @BeforeEach
    void startSmtp() {
        smtp = ServerMail.start();
    }

    @AfterEach
    void stopSmtp() {
        clockProducer.reset();
        smtp.stop();
    }

    JobOffer published(String title) throws Exception {
        return TestUsers.as(TestUsers.CPAM_PARIS, () -> publications.publish(offers.create(new OfferDraft(title, "CDI",
                "75", "<p>Missions : " + title + "</p>", "GEN_4", "BAC2", null, LocalDate.now(clock).plusDays(30)))
                .getId(), List.of("UCANSS"), false));
    }

    static ApplicationForm form(String first, String last, String email) {
        return new ApplicationForm(first, last, email, null);
    }

    ScreeningQuestion question(JobOffer offer, QuestionDraft draft) throws Exception {
        return TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.addQuestion(offer.getId(), draft));
    }

    static QuestionDraft licence() {
        return new QuestionDraft("Avez-vous le permis B ?", QuestionKind.YES_NO, null, true, true, null, null, null);
    }

    @Test
    void questionsAreDefinedByTheOffersRecruitersOnlyAndShownWithoutTheirCriteria() throws Exception {
        JobOffer offer = published("Chargé de recouvrement");
        ScreeningQuestion yesNo = question(offer, licence());
        ScreeningQuestion choice = question(offer, new QuestionDraft("Votre diplôme", QuestionKind.SINGLE_CHOICE,
                "Bac\nBac+2\nBac+3", true, null, "Bac+2\nBac+3", null, null));
        ScreeningQuestion number = question(offer, new QuestionDraft("Années d'expérience", QuestionKind.NUMBER,
                null, true, null, null, "2", null));
        assertEquals(List.of(yesNo.getId(), choice.getId(), number.getId()), TestUsers.as(TestUsers.CPAM_PARIS,
                () -> screening.questions(offer.getId())).stream().map(ScreeningQuestion::getId).toList());

        // field-level refusals, every one at once
        ApplicationRejectedException refused = assertThrows(ApplicationRejectedException.class, () -> question(offer,
                new QuestionDraft("", QuestionKind.SINGLE_CHOICE, "Seul choix", false, null, null, null, null)));
        assertEquals(List.of("text", "choices"), refused.getProblems().stream().map(BusinessException::getField).toList());

        // another organisation's recruiter can neither read nor add nor change the settings
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE, () -> screening.questions(offer.getId())));
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE, () -> screening.addQuestion(offer.getId(), licence())));
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE,
                () -> screening.changeSettings(offer.getId(), true, 1)));

        // applicants see the questions, never the criteria
        List<QuestionView> shown = screening.forApplicants(offer.getReference());
        assertEquals(List.of("Avez-vous le permis B ?", "Votre diplôme", "Années d'expérience"),
                shown.stream().map(QuestionView::text).toList());
        assertEquals(List.of("Bac", "Bac+2", "Bac+3"), shown.get(1).choices());

        // answers are required and checked, on the field of each question
        ApplicationRejectedException missing = assertThrows(ApplicationRejectedException.class, () -> guided.submit(
                offer.getReference(), form("Vera", "Visiteur", uniqueEmail("vera")),
                ApplicationFiles.upload(new UploadedDocument("cv.pdf", PDF)),
                Map.of(yesNo.getId(), "true", choice.getId(), "Bac+8", number.getId(), "deux"), "u"));
        assertEquals(List.of("questions:1:choice=screening.answer.choice", "questions:2:number=screening.answer.number"),
                missing.getProblems().stream().map(p -> p.getField() + "=" + p.getMessageKey()).toList());

        // an anonymous application stores its answers; the recruiter reads them and filters on them
        JobApplication passing = guided.submit(offer.getReference(), form("Vera", "Visiteur", uniqueEmail("vera")),
                ApplicationFiles.upload(new UploadedDocument("cv.pdf", PDF)),
                Map.of(yesNo.getId(), "true", choice.getId(), "Bac+3", number.getId(), "4,5"), "u");
        JobApplication failing = guided.submit(offer.getReference(), form("Paul", "Passant", uniqueEmail("paul")),
                ApplicationFiles.upload(new UploadedDocument("cv.pdf", PDF)),
                Map.of(yesNo.getId(), "false", choice.getId(), "Bac+3", number.getId(), "1"), "u");
        assertEquals(ApplicationStatus.SUBMITTED, failing.getStatus(), "automatic rejection is off by default");
        List<AnswerView> answers = TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.answers(passing.getId()));
        assertEquals(List.of("true", "Bac+3", "4.5"), answers.stream().map(AnswerView::answer).toList());
        assertTrue(answers.stream().noneMatch(AnswerView::knockedOut));
        List<AnswerView> failed = TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.answers(failing.getId()));
        assertEquals(List.of(true, false, true), failed.stream().map(AnswerView::knockedOut).toList());

        assertEquals(List.of(failing.getId()), ids(TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.listByAnswers(
                offer.getId(), new AnswerFilter(yesNo.getId(), "false", null), PageRequest.of(0, 20)).items())));
        assertEquals(List.of(passing.getId()), ids(TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.listByAnswers(
                offer.getId(), new AnswerFilter(null, null, false), PageRequest.of(0, 20)).items())));
        assertEquals(2, TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.listByAnswers(
                offer.getId(), new AnswerFilter(choice.getId(), "Bac+3", null), PageRequest.of(0, 20)).total()));
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE, () -> screening.answers(passing.getId())));
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE, () -> screening.listByAnswers(
                offer.getId(), new AnswerFilter(null, null, null), PageRequest.of(0, 20))));

        // a removed question leaves the answers readable
        TestUsers.as(TestUsers.CPAM_PARIS, () -> {
            screening.removeQuestion(offer.getId(), number.getId());
            return null;
        });
        assertEquals("Années d'expérience", TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.answers(passing.getId()))
                .get(2).question());
    }

    @Test
    void aKnockOutAnswerRejectsAtOnceAndTheMailLeavesOnlyAfterTheDelay() throws Exception {
        JobOffer offer = published("Technicien de prestations");
        ScreeningQuestion yesNo = question(offer, licence());
        TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.changeSettings(offer.getId(), true, 24));
        String email = uniqueEmail("rejet");
        JobApplication application = guided.submit(offer.getReference(), form("Rita", "Rejet", email),
                ApplicationFiles.upload(new UploadedDocument("cv.pdf", PDF)), Map.of(yesNo.getId(), "false"), "u");

        assertEquals(ApplicationStatus.REJECTED, TestUsers.as(TestUsers.CPAM_PARIS, () -> applications.get(application.getId()))
                .getStatus());
        List<fr.bde.selection.domain.ApplicationEvent> trail = TestUsers.as(TestUsers.CPAM_PARIS,
                () -> selection.history(application.getId()));
        assertEquals(List.of(fr.bde.selection.domain.HistoryAction.REJECTED_ON_CRITERIA),
                trail.stream().map(fr.bde.selection.domain.ApplicationEvent::getAction).toList(), "recorded in the history");
        assertTrue(trail.get(0).getMessageBody().contains("Technicien de prestations"), "with the message as it will leave");
        assertEquals(1, ServerMail.mailsTo(smtp, email, "a bien été reçue", 1).size(), "the confirmation leaves at once");
        sender.sendDue();
        assertTrue(ServerMail.mailsTo(smtp, email, "Suite donnée", 1, 2_000).isEmpty(),
                "the rejection is held");

        clockProducer.travelTo(Instant.now().plus(Duration.ofHours(23)));
        sender.sendDue();
        assertTrue(ServerMail.mailsTo(smtp, email, "Suite donnée", 1, 1_000).isEmpty(), "still held after 23 h");

        clockProducer.travelTo(Instant.now().plus(Duration.ofHours(24).plusMinutes(1)));
        sender.sendDue();
        List<jakarta.mail.internet.MimeMessage> rejection = ServerMail.mailsTo(smtp, email, "Suite donnée", 1);
        assertEquals(1, rejection.size(), "sent once the delay is over");
        assertTrue(ServerMail.text(rejection.get(0)).contains("Technicien de prestations"));
        sender.sendDue();
        assertEquals(1, ServerMail.mailsTo(smtp, email, "Suite donnée", 2, 1_000).size(), "only once");

        // a passing answer is not rejected
        JobApplication passing = guided.submit(offer.getReference(), form("Paul", "Permis", uniqueEmail("permis")),
                ApplicationFiles.upload(new UploadedDocument("cv.pdf", PDF)), Map.of(yesNo.getId(), "true"), "u");
        assertEquals(ApplicationStatus.SUBMITTED, passing.getStatus());
    }

    @Test
    void aHeldRejectionStaysUnknownToTheCandidateAndCanBeCancelledOrEndedByAWithdrawal() throws Exception {
        JobOffer offer = published("Assistant de gestion");
        ScreeningQuestion yesNo = question(offer, licence());
        TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.changeSettings(offer.getId(), true, 24));
        // the short application path has no answers: refused on an offer with questions
        assertEquals("application.questionsRequired", assertThrows(BusinessException.class, () -> applications.apply(
                offer.getReference(), new fr.bde.jobapplication.service.ApplicationForm("Sam", "Sansreponse",
                        uniqueEmail("sam"), null), new UploadedDocument("cv.pdf", PDF), "u")).getMessageKey());
        String carole = uniqueEmail("carole");
        String denis = uniqueEmail("denis");
        signUpAndValidate(accounts, smtp, "Carole", "Tenue", carole);
        signUpAndValidate(accounts, smtp, "Denis", "Desiste", denis);
        JobApplication kept = as(carole, PASSWORD, () -> guided.submit(offer.getReference(), form("Carole", "Tenue", carole),
                ApplicationFiles.upload(new UploadedDocument("cv.pdf", PDF)), Map.of(yesNo.getId(), "false"), "u"));
        JobApplication left = as(denis, PASSWORD, () -> guided.submit(offer.getReference(), form("Denis", "Desiste", denis),
                ApplicationFiles.upload(new UploadedDocument("cv.pdf", PDF)), Map.of(yesNo.getId(), "false"), "u"));
        assertEquals(ApplicationStatus.REJECTED, TestUsers.as(TestUsers.CPAM_PARIS, () -> applications.get(kept.getId())).getStatus());
        // "Mes candidatures" tells nothing before the mail leaves, and the candidate may still withdraw
        assertEquals(ApplicationStatus.SUBMITTED, as(carole, PASSWORD, () -> applications.mine(kept.getId())).status());
        assertTrue(as(carole, PASSWORD, () -> applications.mine(kept.getId())).withdrawable());
        // nor does the personal-data export (status, step, the held message)
        String export = as(carole, PASSWORD, () -> privacy.json());
        assertTrue(export.replace(" ", "").contains("\"status\":\"SUBMITTED\"") && !export.contains("REJECTED"), export);
        assertFalse(export.contains("Suite donn"), "the held rejection mail is not in the export");

        // the recruiter cancels the rejection: received again, no mail ever leaves
        TestUsers.as(TestUsers.CPAM_PARIS, () -> {
            selection.cancelRejectionOnCriteria(kept.getId());
            return null;
        });
        JobApplication reinstated = TestUsers.as(TestUsers.CPAM_PARIS, () -> applications.get(kept.getId()));
        assertEquals(ApplicationStatus.SUBMITTED, reinstated.getStatus());
        assertEquals(null, reinstated.getStep());
        assertEquals(List.of(fr.bde.selection.domain.HistoryAction.REJECTED_ON_CRITERIA,
                fr.bde.selection.domain.HistoryAction.REJECTION_CANCELLED), TestUsers.as(TestUsers.CPAM_PARIS,
                () -> selection.history(kept.getId())).stream().map(fr.bde.selection.domain.ApplicationEvent::getAction).toList());
        assertEquals("selection.rejection.cancelTooLate", assertThrows(BusinessException.class, () -> TestUsers.as(
                TestUsers.CPAM_PARIS, () -> {
                    selection.cancelRejectionOnCriteria(kept.getId());
                    return null;
                })).getMessageKey(), "nothing left to cancel");
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE, () -> {
            selection.cancelRejectionOnCriteria(left.getId());
            return null;
        }), "another organisation");

        // the other candidate withdraws while the rejection is held: the held mail is dropped
        as(denis, PASSWORD, () -> applications.withdraw(left.getId()));
        assertEquals(ApplicationStatus.WITHDRAWN, as(denis, PASSWORD, () -> applications.mine(left.getId())).status());

        clockProducer.travelTo(Instant.now().plus(Duration.ofHours(24).plusMinutes(1)));
        sender.sendDue();
        assertTrue(ServerMail.mailsTo(smtp, carole, "Suite donn\u00e9e", 1, 1_500).isEmpty(), "cancelled: never sent");
        assertTrue(ServerMail.mailsTo(smtp, denis, "Suite donn\u00e9e", 1, 500).isEmpty(), "withdrawn: never sent");

        // once the delay is over and the mail gone, the rejection shows and can no longer be cancelled
        clockProducer.reset();
        String eve = uniqueEmail("eve");
        signUpAndValidate(accounts, smtp, "Eve", "Tardive", eve);
        JobApplication late = as(eve, PASSWORD, () -> guided.submit(offer.getReference(), form("Eve", "Tardive", eve),
                ApplicationFiles.upload(new UploadedDocument("cv.pdf", PDF)), Map.of(yesNo.getId(), "false"), "u"));
        clockProducer.travelTo(Instant.now().plus(Duration.ofHours(24).plusMinutes(1)));
        sender.sendDue();
        assertEquals(1, ServerMail.mailsTo(smtp, eve, "Suite donn\u00e9e", 1).size());
        assertEquals(ApplicationStatus.REJECTED, as(eve, PASSWORD, () -> applications.mine(late.getId())).status());
        assertEquals("selection.rejection.cancelTooLate", assertThrows(BusinessException.class, () -> TestUsers.as(
                TestUsers.CPAM_PARIS, () -> {
                    selection.cancelRejectionOnCriteria(late.getId());
                    return null;
                })).getMessageKey());
        assertEquals("application.withdraw.decided", assertThrows(BusinessException.class,
                () -> as(eve, PASSWORD, () -> applications.withdraw(late.getId()))).getMessageKey());
    }

    @Test
    void aVisitorJoinsACoverLetterAndOtherPiecesCheckedForTheirRealType() throws Exception {
        JobOffer offer = published("Charg\u00e9 d'accueil");
        ScreeningQuestion yesNo = question(offer, licence());
        Map<Long, String> answers = Map.of(yesNo.getId(), "true");
        java.util.function.Function<List<ApplicationFiles.Upload>, ApplicationFiles> files = uploads -> new ApplicationFiles(
                new UploadedDocument("cv.pdf", PDF), null, List.of(), false, uploads);
        ApplicationFiles.Upload letter = new ApplicationFiles.Upload(DocumentKind.COVER_LETTER, new UploadedDocument("lettre.pdf", PDF));
        ApplicationFiles.Upload diploma = new ApplicationFiles.Upload(DocumentKind.OTHER, new UploadedDocument("diplome.png", PNG));
        // a letter must be a text document: an image is refused whatever its name, nothing is stored
        ApplicationRejectedException badType = assertThrows(ApplicationRejectedException.class, () -> guided.submit(
                offer.getReference(), form("Ugo", "Upload", uniqueEmail("ugo")), files.apply(List.of(
                        new ApplicationFiles.Upload(DocumentKind.COVER_LETTER, new UploadedDocument("lettre.pdf", PNG)))),
                answers, "u"));
        assertEquals(List.of("uploads=documents.badType.COVER_LETTER"), badType.getProblems().stream()
                .map(p -> p.getField() + "=" + p.getMessageKey()).toList());
        assertEquals("documents.uploads.cv", assertThrows(ApplicationRejectedException.class, () -> guided.submit(
                offer.getReference(), form("Ugo", "Upload", uniqueEmail("ugo")), files.apply(List.of(
                        new ApplicationFiles.Upload(DocumentKind.CV, new UploadedDocument("cv2.pdf", PDF)))), answers, "u"))
                .getProblems().get(0).getMessageKey());
        assertEquals("documents.uploads.tooMany", assertThrows(ApplicationRejectedException.class, () -> guided.submit(
                offer.getReference(), form("Ugo", "Upload", uniqueEmail("ugo")), files.apply(java.util.Collections.nCopies(6,
                        diploma)), answers, "u")).getProblems().get(0).getMessageKey());
        // accepted: the recruiter finds the letter and the diploma with the application
        JobApplication application = guided.submit(offer.getReference(), form("Ugo", "Upload", uniqueEmail("ugo")),
                files.apply(List.of(letter, diploma)), answers, "u");
        List<DocumentRow> joined = TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.documents(application.getId()));
        assertEquals(List.of("lettre.pdf:COVER_LETTER", "diplome.png:OTHER"), joined.stream()
                .map(d -> d.fileName() + ":" + d.kind()).toList());
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE,
                () -> screening.documents(application.getId())));
    }

    @Test
    void savedDocumentsAndAnswersAreReusedAcrossApplicationsAndStayWithTheRecruiter() throws Exception {
        JobOffer first = published("Gestionnaire de dossiers");
        JobOffer second = published("Conseiller accueil");
        question(first, licence());
        ScreeningQuestion again = question(second, new QuestionDraft("avez vous le PERMIS B", QuestionKind.YES_NO,
                null, false, null, null, null, null));
        ScreeningQuestion other = question(second, new QuestionDraft("Disponible le 1er mars ?", QuestionKind.YES_NO,
                null, false, null, null, null, null));
        String alice = uniqueEmail("alice");
        String bruno = uniqueEmail("bruno");
        signUpAndValidate(accounts, smtp, "Alice", "Martin", alice);
        signUpAndValidate(accounts, smtp, "Bruno", "Petit", bruno);

        // "Mes documents": bad types and missing files are refused with their message
        assertEquals("documents.badType.CV", assertThrows(BusinessException.class, () -> as(alice, PASSWORD,
                () -> documents.add(DocumentKind.CV, new UploadedDocument("cv.pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8)))))
                .getMessageKey());
        assertEquals("documents.badType.CV", assertThrows(BusinessException.class, () -> as(alice, PASSWORD,
                () -> documents.add(DocumentKind.CV, new UploadedDocument("photo.pdf", PNG)))).getMessageKey(),
                "an image is no CV, whatever its name");
        assertEquals("documents.required.OTHER", assertThrows(BusinessException.class, () -> as(alice, PASSWORD,
                () -> documents.add(DocumentKind.OTHER, new UploadedDocument("vide.png", new byte[0])))).getMessageKey());
        CandidateDocument cv = as(alice, PASSWORD, () -> documents.add(DocumentKind.CV, new UploadedDocument("cv-alice.pdf", PDF)));
        CandidateDocument diploma = as(alice, PASSWORD, () -> documents.add(DocumentKind.OTHER, new UploadedDocument("diplome.png", PNG)));
        assertEquals(List.of("cv-alice.pdf", "diplome.png"), as(alice, PASSWORD, documents::mine).stream()
                .map(DocumentRow::fileName).toList());

        // two applications with the saved CV and diploma, nothing uploaded again
        JobApplication one = as(alice, PASSWORD, () -> guided.submit(first.getReference(), form("Alice", "Martin", alice),
                new ApplicationFiles(null, cv.getId(), List.of(diploma.getId()), false),
                Map.of(TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.questions(first.getId())).get(0).getId(), "true"), "u"));
        // the answer to the same question (other case, no punctuation) is offered again; the new one is not
        Map<Long, String> previous = as(alice, PASSWORD, () -> screening.previousAnswers(second.getReference()));
        assertEquals(Map.of(again.getId(), "true"), previous);
        JobApplication two = as(alice, PASSWORD, () -> guided.submit(second.getReference(), form("Alice", "Martin", alice),
                new ApplicationFiles(null, cv.getId(), List.of(diploma.getId()), false),
                Map.of(again.getId(), "true", other.getId(), "false"), "u"));
        for (JobApplication application : List.of(one, two)) {
            JobApplication received = TestUsers.as(TestUsers.CPAM_PARIS, () -> applications.get(application.getId()));
            assertEquals("cv-alice.pdf", received.getCvFileName());
            assertArrayEquals(PDF, received.getCvContent());
            List<DocumentRow> joined = TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.documents(application.getId()));
            assertEquals(List.of("diplome.png"), joined.stream().map(DocumentRow::fileName).toList());
        }

        // the candidate deletes the saved originals: the recruiter still has the copies
        as(alice, PASSWORD, () -> {
            documents.delete(diploma.getId());
            documents.replace(cv.getId(), new UploadedDocument("cv-2027.pdf", PDF));
            return null;
        });
        DocumentRow copy = TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.documents(two.getId())).get(0);
        assertArrayEquals(PNG, TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.document(copy.id())).getContent());
        assertEquals("cv-alice.pdf", TestUsers.as(TestUsers.CPAM_PARIS, () -> applications.get(two.getId())).getCvFileName());
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE, () -> screening.document(copy.id())));

        // "Mes données" carries the saved documents, the answers and the joined copies
        String json = as(alice, PASSWORD, privacy::json);
        assertTrue(json.contains("\"savedDocuments\"") && json.contains("cv-2027.pdf"), "saved documents exported");
        assertTrue(json.contains("\"screeningAnswers\"") && json.contains("avez vous le PERMIS B"), "answers exported");
        assertTrue(json.contains("diplome.png"), "joined copies exported");

        // candidate B neither reads, replaces, deletes nor joins A's documents
        assertThrows(NotFoundException.class, () -> as(bruno, PASSWORD, () -> documents.get(cv.getId())));
        assertThrows(NotFoundException.class, () -> as(bruno, PASSWORD,
                () -> documents.replace(cv.getId(), new UploadedDocument("x.pdf", PDF))));
        assertThrows(NotFoundException.class, () -> as(bruno, PASSWORD, () -> {
            documents.delete(cv.getId());
            return null;
        }));
        assertTrue(as(bruno, PASSWORD, documents::mine).isEmpty());
        ApplicationRejectedException stolen = assertThrows(ApplicationRejectedException.class, () -> as(bruno, PASSWORD,
                () -> guided.submit(first.getReference(), form("Bruno", "Petit", bruno),
                        new ApplicationFiles(null, cv.getId(), List.of(), false), Map.of(
                                TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.questions(first.getId())).get(0).getId(), "true"),
                        "u")));
        assertEquals("documents.notFound", stolen.getMessageKey());
        assertTrue(as(bruno, PASSWORD, () -> screening.previousAnswers(second.getReference())).isEmpty(),
                "A's answers are not offered to B");

        // an uploaded CV is kept in "Mes documents" when asked
        as(bruno, PASSWORD, () -> guided.submit(first.getReference(), form("Bruno", "Petit", bruno),
                new ApplicationFiles(new UploadedDocument("cv-bruno.pdf", PDF), null, List.of(), true), Map.of(
                        TestUsers.as(TestUsers.CPAM_PARIS, () -> screening.questions(first.getId())).get(0).getId(), "true"),
                "u"));
        assertEquals(List.of("cv-bruno.pdf"), as(bruno, PASSWORD, documents::mine).stream().map(DocumentRow::fileName).toList());
        assertFalse(as(alice, PASSWORD, documents::mine).stream().anyMatch(d -> d.fileName().equals("cv-bruno.pdf")));
    }

    static List<Long> ids(List<ApplicationRow> rows) {
        return rows.stream().map(ApplicationRow::id).toList();
    }
}
