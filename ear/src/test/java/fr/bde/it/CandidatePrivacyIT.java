package fr.bde.it;

import static fr.bde.it.CandidateSupport.PASSWORD;
import static fr.bde.it.CandidateSupport.as;
import static fr.bde.it.CandidateSupport.authenticates;
import static fr.bde.it.CandidateSupport.signUpAndValidate;
import static fr.bde.it.CandidateSupport.uniqueEmail;
import static fr.bde.it.ServerMail.mailsTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.alert.domain.AlertCriteria;
import fr.bde.alert.domain.AlertPeriod;
import fr.bde.alert.service.JobAlertService;
import fr.bde.batch.retention.RetentionLauncher;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.jobapplication.service.ApplicationForm;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.offer.domain.CloseReason;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.privacy.service.CandidateData;
import fr.bde.privacy.service.CandidatePrivacyService;
import fr.bde.privacy.domain.RetentionPolicy;
import fr.bde.publication.service.PublicationService;
import fr.bde.selection.domain.CriterionRating;
import fr.bde.selection.domain.Interview;
import fr.bde.selection.domain.InterviewSlot;
import fr.bde.selection.domain.MessageDraft;
import fr.bde.selection.service.SelectionService;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * RGPD on the deployed EAR: a candidate's data export (their own only), account deletion
 * (applications anonymised, links and alerts gone, login impossible), and the retention job
 * (applications anonymised 3 months after the offer closed, hired ones kept; accounts inactive
 * for 2 years warned, then deleted 30 days later unless their owner logged in), the clock moved.
 * The export includes what the recruiters sent and wrote about each application (messages, interviews,
 * reports); erasing a person also erases the outbox copies of the mails sent to them.
 */
@ExtendWith(ArquillianExtension.class)
class CandidatePrivacyIT {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** The demo candidates, kept active while the clock jumps two years, so that other tests still find them. */
    /** Every demo login of role CANDIDATE (users.csv): later tests log in with them, so the 2-year jump keeps them. */
    static final List<String> DEMO_CANDIDATES = List.of("candidat.durand", "candidat.martin", "agent.mobilite");
    static GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServerMail.earWith(CandidatePrivacyIT.class, CandidateSupport.class,
                CandidateSupport.ThrowingRunnable.class, TestData.class, WebClient.class);
    }

    @Inject
    CandidateAccountService accounts;
    @Inject
    CandidatePrivacyService privacy;
    @Inject
    JobApplicationService applications;
    @Inject
    JobAlertService alerts;
    @Inject
    OfferService offers;
    @Inject
    PublicationService publications;
    @Inject
    RetentionLauncher retention;
    @Inject
    SelectionService selection;
    @Inject
    TestData data;
    @Inject
    ClockProducer clockProducer;
    @Inject
    Clock clock;

    @BeforeEach
    void startSmtp() {
        smtp = ServerMail.start();
    }

    @AfterEach
    void stopSmtpAndRestoreTime() {
        clockProducer.reset();
        smtp.stop();
    }

    JobOffer published(String title) throws Exception {
        return TestUsers.as(TestUsers.CPAM_PARIS, () -> publications.publish(offers.create(new OfferDraft(title, "CDI",
                "75", "<p>Missions : " + title + "</p>", "GEN_4", "BAC2", null, LocalDate.now(clock).plusDays(30)))
                .getId(), List.of("UCANSS"), false));
    }

    JobApplication applyAs(String email, String first, JobOffer offer) throws Exception {
        return as(email, PASSWORD, () -> applications.apply(offer.getReference(),
                new ApplicationForm(first, "Test", email, "Ma lettre, " + first), new UploadedDocument("cv-" + first + ".pdf", PDF),
                false, "u"));
    }

    void runRetention() throws Exception {
        long id = retention.start();
        long deadline = System.currentTimeMillis() + 60_000;
        JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
        while (execution.getEndTime() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            execution = BatchRuntime.getJobOperator().getJobExecution(id);
        }
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
    }

    @Test
    void aCandidateDownloadsOnlyTheirOwnDataThenDeletesTheAccount() throws Exception {
        JobOffer offer = published("Juriste protection des données");
        String alice = uniqueEmail("alice");
        String bruno = uniqueEmail("bruno");
        signUpAndValidate(accounts, smtp, "Alice", "Martin", alice);
        signUpAndValidate(accounts, smtp, "Bruno", "Petit", bruno);
        JobApplication application = applyAs(alice, "Alice", offer);
        as(alice, PASSWORD, () -> alerts.create(new AlertCriteria("juriste", null, null, null, null, null, null, false),
                AlertPeriod.SIX_MONTHS));

        CandidateData mine = as(alice, PASSWORD, privacy::data);
        assertEquals(alice, mine.email());
        assertEquals("Alice", mine.firstName());
        assertEquals(1, mine.applications().size());
        assertEquals(offer.getReference(), mine.applications().get(0).offerReference());
        assertEquals(PDF.length, mine.applications().get(0).cvSize());
        assertEquals(1, mine.alerts().size());
        String json = as(alice, PASSWORD, privacy::json);
        assertTrue(json.contains("\"email\": \"" + alice + "\"") || json.contains("\"email\":\"" + alice + "\""), json);
        assertTrue(json.contains(Base64.getEncoder().encodeToString(PDF)), "the CV itself");
        assertTrue(json.contains("\"keywords\"") && json.contains("juriste"), json);
        CandidateData theirs = as(bruno, PASSWORD, privacy::data);
        assertTrue(theirs.applications().isEmpty() && theirs.alerts().isEmpty(), "nothing of Alice's");
        assertFalse(as(bruno, PASSWORD, privacy::json).contains(alice));
        assertThrows(Exception.class, () -> TestUsers.as(TestUsers.CPAM_PARIS, privacy::data), "candidates only");

        assertEquals("account.password.currentWrong", assertThrows(BusinessException.class, () -> as(alice, PASSWORD,
                () -> {
                    privacy.deleteAccount("Wrong-password-1", true);
                    return null;
                })).getMessageKey());
        assertEquals("privacy.delete.confirmRequired", assertThrows(BusinessException.class, () -> as(alice, PASSWORD,
                () -> {
                    privacy.deleteAccount(PASSWORD, false);
                    return null;
                })).getMessageKey());
        assertTrue(authenticates(alice, PASSWORD), "nothing done yet");

        long userId = ((Number) data.single("SELECT id FROM app_user WHERE login = ?", alice)).longValue();
        as(alice, PASSWORD, () -> {
            privacy.deleteAccount(PASSWORD, true);
            return null;
        });
        assertFalse(authenticates(alice, PASSWORD), "login impossible");
        assertEquals(0, data.count("SELECT COUNT(*) FROM account_token WHERE user_id = ?", userId), "links gone");
        assertEquals(0, data.count("SELECT COUNT(*) FROM job_alert WHERE candidate_id = ?", userId), "alerts gone");
        assertEquals(0, data.count("SELECT COUNT(*) FROM candidate_account WHERE user_id = ?", userId));
        JobApplication kept = TestUsers.as(TestUsers.CPAM_PARIS, () -> applications.get(application.getId()));
        assertEquals("anonyme", kept.getLastName());
        assertFalse(kept.getEmail().contains("alice"));
        assertNull(kept.getCoverLetter());
        assertArrayEquals(new byte[0], kept.getCvContent(), "the CV is erased");
        assertNull(kept.getCandidate());
        assertEquals(1, mailsTo(smtp, alice, "supprimé", 1).size(), "a last mail confirms it");
        assertEquals(1, outboxRows(alice), "in the outbox, only that last mail");
        assertTrue(authenticates(bruno, PASSWORD), "Bruno's account untouched");
    }

    @Test
    void retentionJobAnonymisesApplicationsThreeMonthsAfterClosingButKeepsTheHired() throws Exception {
        JobOffer offer = published("Gestionnaire retraite rétention");
        String carla = uniqueEmail("carla");
        String david = uniqueEmail("david");
        signUpAndValidate(accounts, smtp, "Carla", "Roux", carla);
        signUpAndValidate(accounts, smtp, "David", "Noir", david);
        JobApplication rejected = applyAs(carla, "Carla", offer);
        JobApplication hired = applyAs(david, "David", offer);
        String eve = uniqueEmail("eve");
        JobApplication visitor = applications.apply(offer.getReference(),
                new ApplicationForm("Eve", "Visiteuse", eve, null), new UploadedDocument("cv.pdf", PDF), "u");
        data.execute("UPDATE job_application SET status = 'HIRED' WHERE id = ?", hired.getId());
        awaitOutboxSettled(carla, david, eve);
        // a mail given up goes as a sent one does
        data.execute("UPDATE outbox_message SET status = 'FAILED' WHERE recipient = ? AND subject LIKE 'Votre candidature%'",
                carla);
        TestUsers.as(TestUsers.CPAM_PARIS, () -> offers.close(offer.getId(), CloseReason.FILLED));
        java.time.Instant closedAt = clock.instant();
        LocalDate due = RetentionPolicy.anonymisationDay(closedAt);

        clockProducer.travelTo(due.minusDays(1).atTime(12, 0).atZone(ClockProducer.PARIS).toInstant());
        runRetention();
        assertEquals("Test", lastName(rejected), "not yet: the day before");
        assertTrue(outboxRows(carla) >= 2, "the sign-up and application mails, not yet erased");

        // just after midnight: the copies of mails sent today stay (the 3-month purge runs too)
        clockProducer.travelTo(due.atTime(0, 0, 1).atZone(ClockProducer.PARIS).toInstant());
        runRetention();
        assertEquals("anonyme", lastName(rejected));
        assertEquals("anonyme", lastName(visitor));
        assertEquals("Test", lastName(hired), "a hired candidate's application is kept");
        assertEquals(0, data.count("SELECT COUNT(*) FROM job_application WHERE id = ? AND candidate_id IS NOT NULL",
                rejected.getId()));
        assertTrue(as(carla, PASSWORD, applications::mine).isEmpty(), "no longer linked to Carla's account");
        assertEquals(0, outboxRows(carla), "no copy of the mails sent to the anonymised applicant");
        assertEquals(0, outboxRows(eve), "nor to the visitor");
        assertTrue(outboxRows(david) >= 2, "the hired candidate's mails stay");
    }

    @Test
    void inactiveAccountsAreWarnedThenDeletedUnlessTheyLogIn() throws Exception {
        String gina = uniqueEmail("gina");
        String hugo = uniqueEmail("hugo");
        signUpAndValidate(accounts, smtp, "Gina", "Vert", gina);
        signUpAndValidate(accounts, smtp, "Hugo", "Bleu", hugo);

        clockProducer.travelTo(clock.instant().plus(Duration.ofDays(365 * 2 - 2)));
        keepDemoCandidatesActive();
        runRetention();
        assertEquals(0, mailsTo(smtp, gina, "sera supprimé", 1, 1_000).size(), "not two years yet");

        clockProducer.travelTo(clock.instant().plus(Duration.ofDays(3)));
        keepDemoCandidatesActive();
        runRetention();
        assertEquals(1, mailsTo(smtp, gina, "sera supprimé", 1).size());
        assertEquals(1, mailsTo(smtp, hugo, "sera supprimé", 1).size());
        runRetention();
        assertEquals(1, mailsTo(smtp, gina, "sera supprimé", 2, 1_000).size(), "warned once");

        // Hugo logs in (what the login filter records); Gina does not
        privacy.recordLogin(hugo);
        clockProducer.travelTo(clock.instant().plus(Duration.ofDays(29)));
        keepDemoCandidatesActive();
        runRetention();
        assertTrue(authenticates(gina, PASSWORD), "29 days: still there");

        clockProducer.travelTo(clock.instant().plus(Duration.ofDays(2)));
        keepDemoCandidatesActive();
        runRetention();
        assertFalse(authenticates(gina, PASSWORD), "deleted 30 days after the warning");
        assertEquals(1, mailsTo(smtp, gina, "supprimé", 2).stream().filter(m -> {
            try {
                return m.getSubject().contains("a été supprimé");
            } catch (Exception e) {
                return false;
            }
        }).count());
        assertEquals(1, outboxRows(gina), "the warning went with the account; the deletion mail is queued after");
        assertEquals(1, data.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND subject LIKE '%candidat a %'",
                gina));
        assertTrue(authenticates(hugo, PASSWORD), "Hugo logged in after the warning: kept");
        // Hugo's sign-up mails, over 2 years old, went with the purge of old copies; his warning stays
        assertEquals(1, outboxRows(hugo), "only the warning, under 3 months old");
        assertEquals(1, data.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND subject LIKE '%sera supprim%'",
                hugo));
    }

    @Test
    void copiesOfMailsSentOrGivenUpThreeMonthsAgoAreDeletedByTheRetentionJob() throws Exception {
        String to = uniqueEmail("copies");
        java.time.Instant now = clock.instant();
        java.time.Instant old = now.minus(Duration.ofDays(100));
        java.time.Instant recent = now.minus(Duration.ofDays(60));
        outboxRow(to, "SENT", old, old, old);
        outboxRow(to, "SENT", recent, recent, recent);
        outboxRow(to, "FAILED", old, null, old);
        // held for later (a delayed rejection): never purged, whatever its age
        outboxRow(to, "PENDING", old, null, now.plus(Duration.ofDays(30)));
        keepDemoCandidatesActive();
        runRetention();
        assertEquals(2, outboxRows(to));
        assertEquals(1, data.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND status = 'SENT' AND sent_at > ?",
                to, java.sql.Timestamp.from(old)), "the copy sent 60 days ago stays");
        assertEquals(1, data.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND status = 'PENDING'", to));
    }

    private void outboxRow(String recipient, String status, java.time.Instant createdAt, java.time.Instant sentAt,
                           java.time.Instant nextAttemptAt) {
        // sent_at given or left out (a null parameter has no SQL type for the driver)
        data.execute("INSERT INTO outbox_message (id, recipient, subject, body_text, status, attempts, next_attempt_at,"
                        + " sent_at, created_at, version) VALUES (nextval('outbox_message_seq'), ?, 'Copie', 'Copie', ?, 1, ?, "
                        + (sentAt == null ? "NULL" : "?") + ", ?, 0)",
                sentAt == null
                        ? new Object[] {recipient, status, java.sql.Timestamp.from(nextAttemptAt), java.sql.Timestamp.from(createdAt)}
                        : new Object[] {recipient, status, java.sql.Timestamp.from(nextAttemptAt), java.sql.Timestamp.from(sentAt),
                                java.sql.Timestamp.from(createdAt)});
    }

    @Test
    void theExportShowsWhatRecruitersSentAndWroteAndTheDeletionLeavesNoMailBehind() throws Exception {
        JobOffer offer = published("Gestionnaire des droits export");
        String ref = offer.getReference();
        String alice = uniqueEmail("alice");
        String aliceWork = uniqueEmail("alice.work");
        String bruno = uniqueEmail("bruno");
        signUpAndValidate(accounts, smtp, "Alice", "Martin", alice);
        signUpAndValidate(accounts, smtp, "Bruno", "Petit", bruno);
        // Alice gives another address in her application: the recruiters write to that one
        JobApplication application = as(alice, PASSWORD, () -> applications.apply(ref,
                new ApplicationForm("Alice", "Martin", aliceWork, null), new UploadedDocument("cv.pdf", PDF), false, "u"));
        JobApplication brunos = applyAs(bruno, "Bruno", offer);
        TestUsers.as(TestUsers.CPAM_PARIS, () -> selection.sendMessage(offer.getId(),
                List.of(application.getId(), brunos.getId()),
                new MessageDraft("Documents for {reference}", "Hello {prenom}, please send your diploma.")));
        Instant startsAt = clock.instant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        Interview interview = TestUsers.as(TestUsers.CPAM_PARIS, () -> selection.scheduleInterview(application.getId(),
                new InterviewSlot(startsAt, 45, "12 avenue du Test, Lyon", null, "Paul Roy"),
                new MessageDraft("Interview for {reference}", "Hello {prenom}, we would like to meet you.")));
        TestUsers.as(TestUsers.CPAM_PARIS, () -> selection.recordReport(application.getId(), interview.getId(), null,
                List.of(new CriterionRating("Motivation", 5), new CriterionRating("Communication", 3)),
                "Clear answers, solid knowledge of the rules."));

        String json = as(alice, PASSWORD, privacy::json);
        JsonObject exported = Json.createReader(new StringReader(json)).readObject()
                .getJsonArray("applications").getJsonObject(0);
        assertEquals("INTERVIEW", exported.getString("selectionStep"));
        JsonArray messages = exported.getJsonArray("messages");
        assertEquals(List.of("Documents for " + ref, "Interview for " + ref),
                messages.getValuesAs(JsonObject.class).stream().map(m -> m.getString("subject")).toList());
        assertEquals("Hello Alice, please send your diploma.", messages.getJsonObject(0).getString("body"));
        assertEquals("Claire Martin", messages.getJsonObject(0).getString("from"), "the recruiter by name");
        JsonObject met = exported.getJsonArray("interviews").getJsonObject(0);
        assertEquals(startsAt, Instant.parse(met.getString("startsAt")));
        assertEquals(45, met.getInt("durationMinutes"));
        assertEquals("12 avenue du Test, Lyon", met.getString("place"));
        assertEquals("Paul Roy", met.getString("interviewers"));
        assertEquals("SCHEDULED", met.getString("status"));
        JsonObject report = exported.getJsonArray("reports").getJsonObject(0);
        assertEquals("INTERVIEW", report.getString("step"));
        assertEquals(startsAt, Instant.parse(report.getString("interviewStartsAt")));
        assertEquals("Claire Martin", report.getString("author"));
        assertEquals(List.of("Motivation=5", "Communication=3"), report.getJsonArray("ratings")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("criterion") + "=" + r.getInt("rating")).toList());
        assertEquals(4.0, report.getJsonNumber("average").doubleValue());
        assertEquals("Clear answers, solid knowledge of the rules.", report.getString("comment"));
        assertFalse(json.contains(TestUsers.CPAM_PARIS), "no recruiter login");

        String theirs = as(bruno, PASSWORD, privacy::json);
        assertTrue(theirs.contains("Hello Bruno, please send your diploma."), "Bruno's own copy");
        for (String alices : List.of("Hello Alice", "12 avenue du Test", "solid knowledge", "Interview for")) {
            assertFalse(theirs.contains(alices), "nothing of Alice's: " + alices);
        }

        String page = WebClient.local().login(alice, PASSWORD).get("/espace/candidat/donnees.xhtml").body();
        for (String shown : List.of("Documents for " + ref, "Hello Alice, please send your diploma.", "Interview for " + ref,
                "12 avenue du Test, Lyon", "Paul Roy", "Motivation : 5/5", "Communication : 3/5",
                "Clear answers, solid knowledge of the rules.", "Claire Martin")) {
            assertTrue(page.contains(shown), "the page shows " + shown);
        }
        assertFalse(page.contains(TestUsers.CPAM_PARIS), "no recruiter login on the page");

        // erasure: sent copies, a mail given up and one held for later all go; the deletion mail is queued after
        awaitOutboxSettled(alice, aliceWork, bruno);
        assertTrue(outboxRows(aliceWork) >= 3, "application confirmation, message, invitation");
        data.execute("UPDATE outbox_message SET status = 'FAILED' WHERE recipient = ? AND subject LIKE 'Documents for%'",
                aliceWork);
        data.execute("UPDATE outbox_message SET status = 'PENDING', next_attempt_at = ? WHERE recipient = ? "
                + "AND subject LIKE 'Interview for%'", clock.instant().plus(Duration.ofDays(1)), aliceWork);
        long brunosRows = outboxRows(bruno);
        as(alice, PASSWORD, () -> {
            privacy.deleteAccount(PASSWORD, true);
            return null;
        });
        assertEquals(0, outboxRows(aliceWork), "nothing left addressed to the application's address");
        assertEquals(1, outboxRows(alice), "only the mail confirming the deletion");
        assertEquals(1, data.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND subject LIKE '%candidat a %'",
                alice));
        assertEquals(1, mailsTo(smtp, alice, "supprim", 1).size(), "and it still leaves");
        assertEquals(brunosRows, outboxRows(bruno), "Bruno's mails untouched");
    }

    private long outboxRows(String recipient) {
        return data.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", recipient);
    }

    /** Waits until no mail to these addresses is waiting or being sent, so that what follows sees them sent. */
    private void awaitOutboxSettled(String... recipients) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        for (String recipient : recipients) {
            while (queued(recipient) > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(0, queued(recipient), "mails to " + recipient + " still queued");
        }
    }

    private long queued(String recipient) {
        return data.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND status IN ('PENDING', 'SENDING')",
                recipient);
    }

    private void keepDemoCandidatesActive() {
        DEMO_CANDIDATES.forEach(privacy::recordLogin);
    }

    private String lastName(JobApplication application) throws Exception {
        return TestUsers.as(TestUsers.CPAM_PARIS, () -> applications.get(application.getId())).getLastName();
    }
}
