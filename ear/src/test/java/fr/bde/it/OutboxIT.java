package fr.bde.it;

import static fr.bde.it.CandidateSupport.uniqueEmail;
import static fr.bde.it.ServerMail.mailsTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.candidate.service.SignUpForm;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.common.PageRequest;
import fr.bde.mail.domain.OutboxMessage;
import fr.bde.mail.service.MailSender;
import fr.bde.mail.service.OutboxAdminService;
import fr.bde.mail.service.OutboxFilter;
import fr.bde.mail.service.OutboxRow;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox when the SMTP server is down, then up: retried with back-off, nothing lost, nothing
 * sent twice; after the last attempt the message is FAILED, listed for the Ucanss administrator,
 * who re-sends it once. GreenMail inside the server is stopped and started by the test.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    static GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServerMail.earWith(OutboxIT.class, CandidateSupport.class, CandidateSupport.ThrowingRunnable.class);
    }

    @Inject
    CandidateAccountService accounts;
    @Inject
    MailSender sender;
    @Inject
    OutboxAdminService admin;
    @Inject
    ClockProducer clockProducer;
    @Inject
    Clock clock;

    @AfterEach
    void stopSmtpAndRestoreTime() {
        clockProducer.reset();
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** A sign-up queues its validation mail in the sign-up's transaction. */
    String queueMailTo(String name) {
        String email = uniqueEmail(name);
        accounts.signUp(new SignUpForm("Nina", "Test", email, CandidateSupport.PASSWORD, CandidateSupport.PASSWORD, true));
        return email;
    }

    OutboxRow row(String email) throws Exception {
        List<OutboxRow> rows = TestUsers.as(TestUsers.UCANSS_ADMIN, () -> admin.list(
                new OutboxFilter(null, email, null, null), PageRequest.of(0, 10))).items();
        assertEquals(1, rows.size(), "one message for " + email);
        return rows.get(0);
    }

    /** The after-commit send runs asynchronously: wait until it has made its attempt. */
    OutboxRow waitForAttempts(String email, int attempts) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        OutboxRow row = row(email);
        while (row.attempts() < attempts && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            row = row(email);
        }
        return row;
    }

    @Test
    void smtpDownThenUpNothingLostNothingDoubled() throws Exception {
        String email = queueMailTo("panne");
        OutboxRow failed = waitForAttempts(email, 1);
        assertEquals(OutboxMessage.Status.PENDING, failed.status(), "kept for a retry");
        assertEquals(1, failed.attempts());
        assertNotNull(failed.lastError());
        assertTrue(failed.nextAttemptAt().isAfter(clock.instant().plusSeconds(50)), "retried in a minute, not at once");

        sender.sendDue();
        assertEquals(1, row(email).attempts(), "not due yet: no attempt");

        smtp = ServerMail.start();
        clockProducer.travelTo(clock.instant().plus(Duration.ofMinutes(2)));
        sender.sendDue();
        sender.sendDue();
        assertEquals(1, mailsTo(smtp, email, "validez", 1).size());
        OutboxRow sent = row(email);
        assertEquals(OutboxMessage.Status.SENT, sent.status());
        assertEquals(2, sent.attempts());
        clockProducer.travelTo(clock.instant().plus(Duration.ofHours(1)));
        sender.sendDue();
        assertEquals(1, mailsTo(smtp, email, "validez", 2, 2_000).size(), "sent once");
    }

    @Test
    void afterTheLastAttemptTheMessageIsFailedAndTheAdministratorResendsItOnce() throws Exception {
        String email = queueMailTo("echec");
        waitForAttempts(email, 1);
        for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS + 2 && row(email).status() != OutboxMessage.Status.FAILED; i++) {
            // past the longest back-off of the remaining attempts
            clockProducer.travelTo(clock.instant().plus(Duration.ofMinutes(200)));
            sender.sendDue();
        }
        OutboxRow failed = row(email);
        assertEquals(OutboxMessage.Status.FAILED, failed.status());
        assertEquals(OutboxMessage.MAX_ATTEMPTS, failed.attempts(), "given up after N attempts");
        clockProducer.travelTo(clock.instant().plus(Duration.ofDays(1)));
        sender.sendDue();
        assertEquals(OutboxMessage.MAX_ATTEMPTS, row(email).attempts(), "a failed message is never retried alone");

        List<OutboxRow> failedList = TestUsers.as(TestUsers.UCANSS_ADMIN, () -> admin.list(
                new OutboxFilter(OutboxMessage.Status.FAILED, null, null, null), PageRequest.of(0, 100))).items();
        assertTrue(failedList.stream().anyMatch(r -> r.id().equals(failed.id())), "listed among the failed");
        assertThrows(Exception.class, () -> TestUsers.as(TestUsers.CPAM_PARIS, () -> admin.list(
                new OutboxFilter(null, null, null, null), PageRequest.of(0, 10))), "administrator only");
        assertThrows(Exception.class, () -> TestUsers.as(TestUsers.CPAM_PARIS, () -> {
            admin.resend(failed.id());
            return null;
        }));

        smtp = ServerMail.start();
        TestUsers.as(TestUsers.UCANSS_ADMIN, () -> {
            admin.resend(failed.id());
            return null;
        });
        assertEquals(1, mailsTo(smtp, email, "validez", 1).size());
        sender.sendDue();
        OutboxRow resent = row(email);
        assertEquals(OutboxMessage.Status.SENT, resent.status());
        assertEquals(TestUsers.UCANSS_ADMIN, resent.resentBy(), "who re-sent it is recorded");
        assertEquals("outbox.resend.notFailed", assertThrows(BusinessException.class,
                () -> TestUsers.as(TestUsers.UCANSS_ADMIN, () -> {
                    admin.resend(failed.id());
                    return null;
                })).getMessageKey());
        assertEquals(1, mailsTo(smtp, email, "validez", 2, 2_000).size(), "sent once");
    }
}
