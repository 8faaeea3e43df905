package fr.bde.it;

import static fr.bde.it.CandidateSupport.PASSWORD;
import static fr.bde.it.CandidateSupport.as;
import static fr.bde.it.CandidateSupport.signUpAndValidate;
import static fr.bde.it.CandidateSupport.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.jobapplication.service.ApplicationForm;
import fr.bde.jobapplication.service.ApplicationRow;
import fr.bde.jobapplication.service.CandidateApplicationRow;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.publication.service.PublicationService;
import fr.bde.selection.domain.HistoryAction;
import fr.bde.selection.domain.SelectionStep;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Applying while logged in (linked to the account, CV reused), "Mes candidatures" and withdrawal,
 * and the scoping of all of it: candidate B never reads nor withdraws candidate A's application,
 * whatever id is forged.
 */
@ExtendWith(ArquillianExtension.class)
class CandidateApplicationIT {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServerMail.earWith(CandidateApplicationIT.class, CandidateSupport.class,
                CandidateSupport.ThrowingRunnable.class);
    }

    @Inject
    CandidateAccountService accounts;
    @Inject
    JobApplicationService applications;
    @Inject
    fr.bde.selection.service.SelectionService selection;
    @Inject
    OfferService offers;
    @Inject
    PublicationService publications;
    @Inject
    Clock clock;

    @BeforeEach
    void startSmtp() {
        smtp = ServerMail.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    JobOffer published(String title) throws Exception {
        return TestUsers.as(TestUsers.CPAM_PARIS, () -> publications.publish(offers.create(new OfferDraft(title, "CDI",
                "75", "<p>Missions : " + title + "</p>", "GEN_4", "BAC2", null, LocalDate.now(clock).plusDays(30)))
                .getId(), List.of("UCANSS"), false));
    }

    static ApplicationForm form(String first, String last, String email) {
        return new ApplicationForm(first, last, email, "Motivée.");
    }

    @Test
    void aCandidateAppliesTwiceReusingTheCvSeesBothAndWithdrawsOne() throws Exception {
        JobOffer first = published("Technicien retraite");
        JobOffer second = published("Conseiller offre de service");
        String email = uniqueEmail("alice");
        signUpAndValidate(accounts, smtp, "Alice", "Martin", email);

        assertTrue(as(email, PASSWORD, applications::reusableCv).isEmpty(), "no CV yet");
        assertEquals("application.cv.required", assertThrows(BusinessException.class, () -> as(email, PASSWORD,
                () -> applications.apply(first.getReference(), form("Alice", "Martin", email), null, true, "u")))
                .getMessageKey(), "nothing to reuse yet");

        JobApplication withFile = as(email, PASSWORD, () -> applications.apply(first.getReference(),
                form("Alice", "Martin", email), new UploadedDocument("cv-alice.pdf", PDF), false, "u"));
        assertEquals("cv-alice.pdf", as(email, PASSWORD, applications::reusableCv).orElseThrow().fileName());
        JobApplication reused = as(email, PASSWORD, () -> applications.apply(second.getReference(),
                form("Alice", "Martin", email), null, true, "u"));
        assertEquals("application.alreadyApplied", assertThrows(BusinessException.class, () -> as(email, PASSWORD,
                () -> applications.apply(first.getReference(), form("Alice", "Martin", email), null, true, "u")))
                .getMessageKey());

        List<CandidateApplicationRow> mine = as(email, PASSWORD, applications::mine);
        assertEquals(List.of(reused.getId(), withFile.getId()), mine.stream().map(CandidateApplicationRow::id).toList(),
                "newest first");
        CandidateApplicationRow row = mine.get(0);
        assertEquals("Conseiller offre de service", row.offerTitle());
        assertEquals("CPAM de Paris", row.organisation());
        assertEquals(second.getReference(), row.offerReference());
        assertEquals(ApplicationStatus.SUBMITTED, row.status());
        assertNotNull(row.submittedAt());

        // the recruiter receives a real copy of the CV with the second application
        JobApplication received = TestUsers.as(TestUsers.CPAM_PARIS, () -> applications.get(reused.getId()));
        assertEquals("cv-alice.pdf", received.getCvFileName());
        assertArrayEquals(PDF, received.getCvContent());

        as(email, PASSWORD, () -> applications.withdraw(withFile.getId()));
        CandidateApplicationRow withdrawn = as(email, PASSWORD, () -> applications.mine(withFile.getId()));
        assertEquals(ApplicationStatus.WITHDRAWN, withdrawn.status());
        assertNotNull(withdrawn.withdrawnAt());
        assertEquals("application.withdraw.already", assertThrows(BusinessException.class,
                () -> as(email, PASSWORD, () -> applications.withdraw(withFile.getId()))).getMessageKey());
        List<ApplicationRow> recruiterList = TestUsers.as(TestUsers.CPAM_PARIS,
                () -> applications.listForOffer(first.getId(), PageRequest.of(0, 20))).items();
        assertEquals(ApplicationStatus.WITHDRAWN, recruiterList.stream()
                .filter(r -> r.id().equals(withFile.getId())).findFirst().orElseThrow().status(), "the recruiter sees it");
        assertTrue(TestUsers.as(TestUsers.CPAM_PARIS, () -> selection.history(withFile.getId())).stream()
                .anyMatch(e -> e.getAction() == HistoryAction.WITHDRAWN && email.equals(e.getActor())),
                "the withdrawal is in the application's history");

        // a decided application (here rejected) keeps its outcome: it can no longer be withdrawn
        TestUsers.as(TestUsers.CPAM_PARIS, () -> selection.moveTo(second.getId(), List.of(reused.getId()),
                SelectionStep.REJECTION, null));
        assertFalse(as(email, PASSWORD, () -> applications.mine(reused.getId())).withdrawable());
        assertEquals("application.withdraw.decided", assertThrows(BusinessException.class,
                () -> as(email, PASSWORD, () -> applications.withdraw(reused.getId()))).getMessageKey());
        assertEquals(ApplicationStatus.REJECTED, as(email, PASSWORD, () -> applications.mine(reused.getId())).status());

        // after withdrawing, the candidate may apply to that offer again
        JobApplication again = as(email, PASSWORD, () -> applications.apply(first.getReference(),
                form("Alice", "Martin", email), null, true, "u"));
        assertEquals(3, as(email, PASSWORD, applications::mine).size());
        assertEquals(ApplicationStatus.SUBMITTED, as(email, PASSWORD, () -> applications.mine(again.getId())).status());
    }

    @Test
    void candidateBNeitherReadsNorWithdrawsCandidateAsApplication() throws Exception {
        JobOffer offer = published("Gestionnaire conseil allocataires");
        String alice = uniqueEmail("alice");
        String bruno = uniqueEmail("bruno");
        signUpAndValidate(accounts, smtp, "Alice", "Martin", alice);
        signUpAndValidate(accounts, smtp, "Bruno", "Petit", bruno);
        JobApplication aliceApplication = as(alice, PASSWORD, () -> applications.apply(offer.getReference(),
                form("Alice", "Martin", alice), new UploadedDocument("cv.pdf", PDF), false, "u"));

        assertTrue(as(bruno, PASSWORD, applications::mine).isEmpty());
        assertTrue(as(bruno, PASSWORD, applications::reusableCv).isEmpty(), "A's CV is not offered to B");
        assertThrows(NotFoundException.class, () -> as(bruno, PASSWORD, () -> applications.mine(aliceApplication.getId())));
        assertThrows(NotFoundException.class, () -> as(bruno, PASSWORD, () -> applications.withdraw(aliceApplication.getId())));
        assertThrows(NotFoundException.class, () -> as(bruno, PASSWORD, () -> applications.withdraw(-1L)));
        assertEquals(ApplicationStatus.SUBMITTED, as(alice, PASSWORD, () -> applications.mine(aliceApplication.getId())).status(),
                "untouched");

        // B applying with "reuse" gets no CV of A's
        assertEquals("application.cv.required", assertThrows(BusinessException.class, () -> as(bruno, PASSWORD,
                () -> applications.apply(offer.getReference(), form("Bruno", "Petit", bruno), null, true, "u")))
                .getMessageKey());
    }

    @Test
    void anApplicationWithoutLoginBelongsToNoAccount() throws Exception {
        JobOffer offer = published("Agent d'accueil");
        String email = uniqueEmail("visiteur");
        signUpAndValidate(accounts, smtp, "Vera", "Visiteur", email);
        JobApplication anonymous = applications.apply(offer.getReference(), form("Vera", "Visiteur", email),
                new UploadedDocument("cv.pdf", PDF), "u");
        assertNull(anonymous.getCandidate(), "the address alone proves nothing");
        assertTrue(as(email, PASSWORD, applications::mine).isEmpty());
        assertThrows(NotFoundException.class, () -> as(email, PASSWORD, () -> applications.withdraw(anonymous.getId())));
    }
}
