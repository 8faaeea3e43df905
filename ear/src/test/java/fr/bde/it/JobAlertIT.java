package fr.bde.it;

import static fr.bde.it.CandidateSupport.PASSWORD;
import static fr.bde.it.CandidateSupport.as;
import static fr.bde.it.CandidateSupport.signUpAndValidate;
import static fr.bde.it.CandidateSupport.uniqueEmail;
import static fr.bde.it.ServerMail.html;
import static fr.bde.it.ServerMail.mailsTo;
import static fr.bde.it.ServerMail.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.alert.domain.AlertCriteria;
import fr.bde.alert.domain.AlertPeriod;
import fr.bde.alert.service.AlertRow;
import fr.bde.alert.service.JobAlertService;
import fr.bde.batch.alertdigest.AlertDigestLauncher;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.common.NotFoundException;
import fr.bde.common.PageRequest;
import fr.bde.mail.service.MailSender;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.search.OfferSearchCriteria;
import fr.bde.offer.search.OfferSearchService;
import fr.bde.offer.search.OfferSummary;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.publication.service.PublicationService;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail alerts on the deployed EAR: the multi-criteria search, alerts saved and scoped to their
 * owner, the daily digest job (mail received once, nothing twice on a re-run the same day, the
 * next day only the newer offers), the unsubscribe link opened without login, an ended alert
 * that mails nothing. Mails are received by GreenMail inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class JobAlertIT {

    static final Pattern UNSUBSCRIBE = Pattern.compile("(http\\S+/alertes/desabonnement\\.xhtml\\?alerte=(\\d+)&cle=([A-Za-z0-9_-]+))");
    static GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServerMail.earWith(JobAlertIT.class, CandidateSupport.class, CandidateSupport.ThrowingRunnable.class);
    }

    @Inject
    CandidateAccountService accounts;
    @Inject
    JobAlertService alerts;
    @Inject
    AlertDigestLauncher digest;
    @Inject
    MailSender sender;
    @Inject
    OfferService offers;
    @Inject
    PublicationService publications;
    @Inject
    OfferSearchService search;
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

    JobOffer published(String title, String contract, String departement, boolean remote) throws Exception {
        return TestUsers.as(TestUsers.CPAM_PARIS, () -> publications.publish(offers.create(new OfferDraft(title, contract,
                departement, "<p>Missions : " + title + "</p>", "GEN_4", "BAC2", null, LocalDate.now(clock).plusDays(60),
                false, null, null, remote)).getId(), List.of("UCANSS"), false));
    }

    /** Runs the digest to its end, then drains the outbox as the scheduled sender would. */
    JobExecution runDigest() throws Exception {
        long id = digest.start();
        JobExecution execution = waitForEnd(id);
        sender.sendDue();
        return execution;
    }

    static JobExecution waitForEnd(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
        while (execution.getEndTime() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            execution = BatchRuntime.getJobOperator().getJobExecution(id);
        }
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        return execution;
    }

    @Test
    void searchCombinesCriteriaAndRemoteWorkIsIndexed() throws Exception {
        String word = "zymurgiste" + System.nanoTime() % 1000;
        JobOffer remote = published("Expert " + word + " télétravail", "CDI", "75", true);
        JobOffer onSite = published("Expert " + word + " sur site", "CDD", "92", false);
        List<String> all = refs(new OfferSearchCriteria(word, null, null, null, null, null, null, false, null, null));
        assertEquals(List.of(onSite.getReference(), remote.getReference()).stream().sorted().toList(),
                all.stream().sorted().toList());
        assertEquals(List.of(remote.getReference()),
                refs(new OfferSearchCriteria(word, null, null, null, null, null, null, true, null, null)));
        assertEquals(List.of(onSite.getReference()),
                refs(new OfferSearchCriteria(word, "11", "92", "CDD", null, "MALADIE", "GEN_4", false,
                        clock.instant().minus(Duration.ofDays(1)), null)));
        assertEquals(List.of(), refs(new OfferSearchCriteria(word, null, null, null, null, "FAMILLE", null, false, null, null)),
                "the CPAM is in the Maladie branch");
        assertEquals(List.of(), refs(new OfferSearchCriteria(word, null, null, null, null, null, "GEN_5", false, null, null)));
        assertEquals(List.of(), refs(new OfferSearchCriteria(word, null, null, null, null, null, null, false,
                clock.instant().plus(Duration.ofMinutes(1)), null)), "published before that date");
        OfferSummary line = search.search(new OfferSearchCriteria(word, null, null, null, null, null, null, true, null, null),
                PageRequest.of(0, 5)).items().get(0);
        assertEquals("CPAM de Paris", line.organisationName(), "the employer on the result line");
        assertTrue(line.remoteWork());
    }

    private List<String> refs(OfferSearchCriteria criteria) {
        return search.search(criteria, PageRequest.of(0, 50)).items().stream().map(OfferSummary::reference).toList();
    }

    @Test
    void digestMailsNewMatchingOffersOnceADayAndTheLinkUnsubscribesWithoutLogin() throws Exception {
        String word = "oenologue" + System.nanoTime() % 100000;
        String alice = uniqueEmail("alice");
        String bruno = uniqueEmail("bruno");
        signUpAndValidate(accounts, smtp, "Alice", "Martin", alice);
        signUpAndValidate(accounts, smtp, "Bruno", "Petit", bruno);
        Long aliceAlert = as(alice, PASSWORD, () -> alerts.create(
                new AlertCriteria(word, "11", null, null, null, null, null, false), AlertPeriod.ONE_MONTH));
        Long brunoAlert = as(bruno, PASSWORD, () -> alerts.create(
                new AlertCriteria(word, null, null, null, null, "CDD", null, false), AlertPeriod.THREE_MONTHS));

        // scope: each candidate sees and changes only their own alerts
        assertEquals(List.of(aliceAlert), as(alice, PASSWORD, () -> alerts.mine(PageRequest.of(0, 10))).items().stream()
                .map(AlertRow::id).toList());
        assertEquals(List.of(brunoAlert), as(bruno, PASSWORD, () -> alerts.mine(PageRequest.of(0, 10))).items().stream()
                .map(AlertRow::id).toList());
        assertThrows(NotFoundException.class, () -> as(bruno, PASSWORD, () -> alerts.get(aliceAlert)));
        assertThrows(NotFoundException.class, () -> as(bruno, PASSWORD, () -> {
            alerts.delete(aliceAlert);
            return null;
        }));
        assertThrows(NotFoundException.class, () -> as(bruno, PASSWORD, () -> {
            alerts.changePeriod(aliceAlert, AlertPeriod.ONE_YEAR);
            return null;
        }));
        assertThrows(Exception.class, () -> TestUsers.as(TestUsers.CPAM_PARIS, () -> alerts.mine(PageRequest.of(0, 10))),
                "candidates only");
        assertEquals("alert.criteria.empty", assertThrows(BusinessException.class, () -> as(alice, PASSWORD,
                () -> alerts.create(new AlertCriteria(" ", null, null, null, null, null, null, false),
                        AlertPeriod.ONE_MONTH))).getMessageKey());

        JobOffer first = published("Chargé d'études " + word, "CDI", "75", false);
        runDigest();
        List<MimeMessage> mails = mailsTo(smtp, alice, "nouvelle offre", 1);
        assertEquals(1, mails.size());
        String body = text(mails.get(0));
        assertTrue(body.contains("Chargé d'études " + word) && body.contains("CPAM de Paris")
                && body.contains(first.getReference()), body);
        assertTrue(html(mails.get(0)).contains("ref=" + first.getReference()), "a link to the offer");
        assertEquals(0, mailsTo(smtp, bruno, "nouvelle offre", 1, 1_000).size(), "CDI: not Bruno's CDD alert");

        // a second run the same day, even with a newer matching offer, mails nothing more
        JobOffer second = published("Responsable " + word, "CDD", "75", false);
        runDigest();
        assertEquals(1, mailsTo(smtp, alice, "nouvelle offre", 2, 2_000).size(), "one digest a day");
        List<MimeMessage> brunoMails = mailsTo(smtp, bruno, "nouvelle offre", 1);
        assertEquals(1, brunoMails.size(), "Bruno's first digest, with the CDD");
        assertTrue(text(brunoMails.get(0)).contains(second.getReference()));
        assertFalse(text(brunoMails.get(0)).contains(first.getReference()));

        // the next day: only what Alice has not had yet
        clockProducer.travelTo(clock.instant().plus(Duration.ofDays(1)));
        runDigest();
        mails = mailsTo(smtp, alice, "nouvelle offre", 2);
        assertEquals(2, mails.size());
        String next = text(mails.get(1)).contains(second.getReference()) ? text(mails.get(1)) : text(mails.get(0));
        assertTrue(next.contains(second.getReference()) && !next.contains(first.getReference()), next);
        assertEquals(1, mailsTo(smtp, bruno, "nouvelle offre", 2, 1_000).size(), "nothing new for Bruno");

        // one click, no login: the alert is gone; a forged or reused link does nothing more
        Matcher link = UNSUBSCRIBE.matcher(next);
        assertTrue(link.find(), next);
        assertEquals(aliceAlert, Long.valueOf(link.group(2)));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link.group(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("vous ne recevrez plus cette alerte"), page.body());
        assertTrue(as(alice, PASSWORD, () -> alerts.mine(PageRequest.of(0, 10))).items().isEmpty());
        String forged = link.group(1).replace("alerte=" + aliceAlert, "alerte=" + brunoAlert);
        page = http.send(HttpRequest.newBuilder(URI.create(forged)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("n’est pas valable"), page.body());
        assertEquals(1, as(bruno, PASSWORD, () -> alerts.mine(PageRequest.of(0, 10))).total(), "Bruno's alert stays");

        // RFC 8058: the digest carries List-Unsubscribe(-Post); the mail client's button POSTs there, no login
        MimeMessage brunoDigest = brunoMails.get(0);
        String header = brunoDigest.getHeader("List-Unsubscribe", null);
        assertTrue(header != null && header.startsWith("<http") && header.contains("/alertes/un-clic?alerte=" + brunoAlert),
                String.valueOf(header));
        assertEquals("List-Unsubscribe=One-Click", brunoDigest.getHeader("List-Unsubscribe-Post", null));
        String oneClick = header.substring(1, header.length() - 1);
        HttpResponse<String> forgedPost = http.send(HttpRequest.newBuilder(URI.create(oneClick.replace("alerte=" + brunoAlert,
                "alerte=" + aliceAlert))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forgedPost.statusCode());
        assertEquals(1, as(bruno, PASSWORD, () -> alerts.mine(PageRequest.of(0, 10))).total());
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(oneClick))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());
        assertEquals("UNSUBSCRIBED", posted.body());
        assertTrue(as(bruno, PASSWORD, () -> alerts.mine(PageRequest.of(0, 10))).items().isEmpty());
    }

    @Test
    void anEndedAlertMailsNothingUntilRenewed() throws Exception {
        String word = "cenologue" + System.nanoTime() % 100000;
        String carla = uniqueEmail("carla");
        signUpAndValidate(accounts, smtp, "Carla", "Roux", carla);
        Long alert = as(carla, PASSWORD, () -> alerts.create(
                new AlertCriteria(word, null, null, null, null, null, null, false), AlertPeriod.ONE_MONTH));
        LocalDate lastDay = as(carla, PASSWORD, () -> alerts.get(alert)).endsOn();

        clockProducer.travelTo(lastDay.plusDays(1).atTime(10, 0).atZone(ClockProducer.PARIS).toInstant());
        published("Sommelier " + word, "CDI", "75", false);
        runDigest();
        assertEquals(0, mailsTo(smtp, carla, "nouvelle offre", 1, 2_000).size(), "the period is over");
        AlertRow ended = as(carla, PASSWORD, () -> alerts.get(alert));
        assertFalse(ended.active());

        as(carla, PASSWORD, () -> {
            alerts.changePeriod(alert, AlertPeriod.THREE_MONTHS);
            return null;
        });
        assertTrue(as(carla, PASSWORD, () -> alerts.get(alert)).active());
        runDigest();
        assertEquals(0, mailsTo(smtp, carla, "nouvelle offre", 1, 2_000).size(),
                "renewed: the offers of its silent days are not sent");
        clockProducer.travelTo(clock.instant().plus(Duration.ofMinutes(5)));
        JobOffer fresh = published("Caviste " + word, "CDI", "75", false);
        clockProducer.travelTo(clock.instant().plus(Duration.ofDays(1)));
        runDigest();
        List<MimeMessage> mails = mailsTo(smtp, carla, "nouvelle offre", 1);
        assertEquals(1, mails.size());
        assertTrue(text(mails.get(0)).contains(fresh.getReference()));
    }
}
