package fr.bde.it;

import static fr.bde.it.CandidateSupport.signUpAndValidate;
import static fr.bde.it.CandidateSupport.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.batch.alertdigest.AlertDigestLauncher;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.publication.service.PublicationService;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alert digest job crashed at its second chunk and restarted: every alert gets exactly one digest
 * (nothing lost, nothing doubled), and a further run the same day adds nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AlertDigestRestartIT {

    static final int ALERTS = 1_100;
    static final String FAULT = "bde.test.alert-digest.fail-at-chunk";

    @Deployment
    static EnterpriseArchive deployment() {
        return ServerMail.earWith(AlertDigestRestartIT.class, CandidateSupport.class,
                CandidateSupport.ThrowingRunnable.class);
    }

    @Inject
    CandidateAccountService accounts;
    @Inject
    AlertDigestLauncher digest;
    @Inject
    OfferService offers;
    @Inject
    PublicationService publications;
    @Inject
    Clock clock;
    @Resource(lookup = "java:jboss/datasources/BdeDS")
    DataSource dataSource;

    GreenMail smtp;
    String email;
    long firstAlert;

    @BeforeEach
    void startSmtp() {
        smtp = ServerMail.start();
    }

    @AfterEach
    void cleanUp() throws Exception {
        System.clearProperty(FAULT);
        try (Connection c = dataSource.getConnection()) {
            update(c, "delete from job_alert where id >= ? and id < ?", firstAlert, firstAlert + ALERTS);
            try (PreparedStatement s = c.prepareStatement("delete from outbox_message where recipient = ?")) {
                s.setString(1, email);
                s.executeUpdate();
            }
        }
        smtp.stop();
    }

    @Test
    void aDigestCrashedMidwayAndRestartedMailsEachAlertExactlyOnce() throws Exception {
        String word = "tonnelier" + System.nanoTime() % 100000;
        email = uniqueEmail("restart");
        signUpAndValidate(accounts, smtp, "Rémi", "Restart", email);
        TestUsers.as(TestUsers.CPAM_PARIS, () -> publications.publish(offers.create(new OfferDraft("Maître " + word,
                "CDI", "75", "<p>Missions : " + word + "</p>", "GEN_4", "BAC2", null, LocalDate.now(clock).plusDays(60),
                false, null, null, false)).getId(), List.of("UCANSS"), false));
        insertAlerts(word);

        System.setProperty(FAULT, "2");
        JobExecution crashed = waitForEnd(digest.start());
        assertEquals(BatchStatus.FAILED, crashed.getBatchStatus(), "the injected fault stops the run");
        long afterCrash = digests();
        assertTrue(afterCrash > 0 && afterCrash < ALERTS, "the first chunk is committed, not the rest: " + afterCrash);
        assertEquals(afterCrash, queuedMails(), "each committed digest has its mail, and only those");

        System.clearProperty(FAULT);
        JobExecution restarted = waitForEnd(digest.restart(crashed.getExecutionId()));
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus());
        assertEquals(ALERTS, digests(), "every alert has its digest after the restart");
        assertEquals(ALERTS, queuedMails(), "one mail per alert: nothing lost, nothing doubled");

        assertEquals(BatchStatus.COMPLETED, waitForEnd(digest.start()).getBatchStatus());
        assertEquals(ALERTS, queuedMails(), "a further run the same day mails nothing");
    }

    void insertAlerts(String word) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long candidate = single(c, "select id from app_user where login = ?", email);
            firstAlert = single(c, "select coalesce(max(id), 0) + 100000 from job_alert", null);
            Instant now = clock.instant();
            try (PreparedStatement insert = c.prepareStatement("insert into job_alert (id, candidate_id, keywords, "
                    + "remote_only, period, created_at, ends_on, last_digest_at, version) "
                    + "values (?, ?, ?, false, 'ONE_MONTH', ?, ?, ?, 0)")) {
                for (int i = 0; i < ALERTS; i++) {
                    insert.setLong(1, firstAlert + i);
                    insert.setLong(2, candidate);
                    insert.setString(3, word);
                    insert.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(2))));
                    insert.setObject(5, LocalDate.now(clock).plusDays(20));
                    insert.setTimestamp(6, Timestamp.from(now.minus(Duration.ofDays(1))));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    long digests() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from job_alert_digest where alert_id >= ? and alert_id < ?")) {
            s.setLong(1, firstAlert);
            s.setLong(2, firstAlert + ALERTS);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long queuedMails() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return single(c, "select count(*) from outbox_message where recipient = ? and subject like '%alerte%'", email);
        }
    }

    static long single(Connection c, String sql, String parameter) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void update(Connection c, String sql, long from, long to) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, from);
            s.setLong(2, to);
            s.executeUpdate();
        }
    }

    static JobExecution waitForEnd(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
        while (execution.getEndTime() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            execution = BatchRuntime.getJobOperator().getJobExecution(id);
        }
        return execution;
    }
}
