package fr.bde.it;

import static fr.bde.it.ServerMail.mailsTo;
import static fr.bde.it.ServerMail.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.batch.sardeadline.SarDeadlineLauncher;
import fr.bde.followup.domain.FollowUpSheet;
import fr.bde.followup.domain.QuickAction;
import fr.bde.followup.domain.SheetEdit;
import fr.bde.followup.service.FollowUpSheetService;
import fr.bde.followup.service.SheetView;
import fr.bde.mail.service.MailSender;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.PasswordHasher;
import fr.bde.security.domain.Role;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.Company;
import fr.bde.talentpool.domain.CompanyMember;
import fr.bde.talentpool.domain.PartnerContact;
import fr.bde.talentpool.domain.TalentProfile;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily "sar-deadline" job on the deployed EAR: sheets reaching their due date are marked
 * overdue, each recruiter gets one digest mail (received by GreenMail); a second run the same day
 * marks and mails nothing more; a run stopped mid-way and restarted ends in the same state.
 */
@ExtendWith(ArquillianExtension.class)
class SarDeadlineJobIT {

    static GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServerMail.earWith(SarDeadlineJobIT.class);
    }

    @PersistenceContext(unitName = "bde")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    SarDeadlineLauncher launcher;
    @Inject
    MailSender sender;
    @Inject
    Clock clock;
    @Inject
    FollowUpSheetService sheets;

    @BeforeEach
    void startSmtp() {
        smtp = ServerMail.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    record Fixture(String emailA, String emailB, List<Long> overdue, Long notYetDue) {
    }

    /** Two recruiters of a new company: A with 2 sheets past due, B with 1 past due and 1 not yet due. */
    Fixture fixture(String tag) throws Exception {
        tx.begin();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Company company = new Company("DL-" + tag, "Echeances " + tag, "MARNE", now);
        em.persist(company);
        String hash = PasswordHasher.hash(TestUsers.PASSWORD);
        AppUser a = new AppUser("dl.a." + tag, hash, "Alice " + tag, "alice." + tag + "@example.org", null,
                EnumSet.of(Role.COMPANY_RECRUITER), now);
        AppUser b = new AppUser("dl.b." + tag, hash, "Benoit " + tag, "benoit." + tag + "@example.org", null,
                EnumSet.of(Role.COMPANY_RECRUITER), now);
        em.persist(a);
        em.persist(b);
        em.persist(new CompanyMember(a, company));
        em.persist(new CompanyMember(b, company));
        PartnerContact contact = em.createQuery("select c from PartnerContact c", PartnerContact.class).setMaxResults(1)
                .getSingleResult();
        FollowUpSheet a1 = sheet(company, a, contact, tag + "a1", 40, QuickAction.STUDY_LATER, now, today);
        FollowUpSheet a2 = sheet(company, a, contact, tag + "a2", 30, QuickAction.STUDY_LATER, now, today);
        FollowUpSheet b1 = sheet(company, b, contact, tag + "b1", 31, QuickAction.STUDY_LATER, now, today);
        FollowUpSheet b2 = sheet(company, b, contact, tag + "b2", 29, QuickAction.STUDY_LATER, now, today);
        tx.commit();
        return new Fixture(a.getEmail(), b.getEmail(), List.of(a1.getId(), a2.getId(), b1.getId()), b2.getId());
    }

    FollowUpSheet sheet(Company company, AppUser recruiter, PartnerContact contact, String name, int daysAgo,
                        QuickAction action, Instant now, LocalDate today) {
        TalentProfile p = TalentProfile.submittedBy(contact, Civility.MRS, "Zdeadline", name, now);
        p.classify(Classification.EMPLOYABLE, now);
        em.persist(p);
        FollowUpSheet sheet = new FollowUpSheet(company, p, recruiter, action, now.minus(Duration.ofDays(daysAgo)),
                today.minusDays(daysAgo));
        em.persist(sheet);
        return sheet;
    }

    /** Marked overdue by the job (a row of sar_sheet_overdue). */
    boolean overdue(Long id) {
        return !em.createNativeQuery("select 1 from sar_sheet_overdue where sheet_id = ?1").setParameter(1, id)
                .getResultList().isEmpty();
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

    @Test
    void sheetsReachingTheirDueDateAreMarkedAndEachRecruiterGetsOneDigestOncePerDay() throws Exception {
        String tag = "j" + System.nanoTime() % 100000;
        Fixture f = fixture(tag);
        JobExecution first = waitForEnd(launcher.start());
        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
        sender.sendDue();
        f.overdue().forEach(id -> assertTrue(overdue(id), "sheet " + id));
        assertFalse(overdue(f.notYetDue()), "due tomorrow: not overdue yet");
        List<MimeMessage> toA = mailsTo(smtp, f.emailA(), "arriv", 1);
        assertEquals(1, toA.size());
        assertTrue(toA.get(0).getSubject().contains("2 fiches"), toA.get(0).getSubject());
        String digestA = text(toA.get(0));
        assertTrue(digestA.contains("/entreprise/portefeuille.xhtml?vue=depassees"));
        // the digest lists the recruiter's overdue sheets, most overdue first, each with its link
        assertTrue(digestA.indexOf(tag + "a1 Zdeadline") >= 0 && digestA.indexOf(tag + "a1 Zdeadline")
                < digestA.indexOf(tag + "a2 Zdeadline"), digestA);
        assertTrue(digestA.contains("/entreprise/fiche.xhtml?id=" + f.overdue().get(0)), digestA);
        List<MimeMessage> toB = mailsTo(smtp, f.emailB(), "arriv", 1);
        assertEquals(1, toB.size());
        assertTrue(toB.get(0).getSubject().contains("1 fiche"), toB.get(0).getSubject());
        String digestB = text(toB.get(0));
        assertTrue(digestB.contains(tag + "b1 Zdeadline"), digestB);
        assertFalse(digestB.contains(tag + "b2") || digestB.contains(tag + "a1"), "not yet due, or another's: " + digestB);
        // a second run the same day: nothing marked, nothing mailed
        JobExecution second = waitForEnd(launcher.start());
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        sender.sendDue();
        Thread.sleep(1000);
        assertEquals(1, mailsTo(smtp, f.emailA(), "arriv", 2, 1500).size());
        assertEquals(1, mailsTo(smtp, f.emailB(), "arriv", 2, 1500).size());
    }

    @Test
    void anEditKeepsTheMarkWhileTheSheetStaysOverdueAndAbandoningRemovesIt() throws Exception {
        String tag = "e" + System.nanoTime() % 100000;
        Fixture f = fixture(tag);
        assertEquals(BatchStatus.COMPLETED, waitForEnd(launcher.start()).getBatchStatus());
        Long sheetId = f.overdue().get(0);
        assertTrue(overdue(sheetId));
        SecurityIdentity alice = SecurityDomain.getCurrent().authenticate("dl.a." + tag,
                new PasswordGuessEvidence(TestUsers.PASSWORD.toCharArray()));
        // only the comment changes: the due date stays, so does the mark
        SheetView sheet = alice.runAs((Callable<SheetView>) () -> sheets.sheet(sheetId));
        SheetView commented = alice.runAs((Callable<SheetView>) () -> sheets.update(sheetId, sheet.version(),
                new SheetEdit(sheet.actions(), sheet.result(), false, "Relance faite", Set.of(), null)));
        assertEquals(sheet.dueDate(), commented.dueDate());
        assertTrue(overdue(sheetId), "still overdue after a comment");
        // "Abandon du dossier" closes the sheet: no longer overdue
        alice.runAs((Callable<SheetView>) () -> sheets.abandon(sheetId, commented.version()));
        assertFalse(overdue(sheetId), "closed: mark removed");
        assertTrue(overdue(f.overdue().get(1)), "the recruiter's other sheet keeps its mark");
    }

    @Test
    void aRunStoppedMidWayAndRestartedEndsInTheSameState() throws Exception {
        Fixture f = fixture("r" + System.nanoTime() % 100000);
        JobOperator operator = BatchRuntime.getJobOperator();
        long id = launcher.start();
        try {
            operator.stop(id);
        } catch (JobExecutionNotRunningException e) {
            // it finished before the stop arrived: nothing to restart
        }
        JobExecution ended = waitForEnd(id);
        if (ended.getBatchStatus() == BatchStatus.STOPPED) {
            ended = waitForEnd(operator.restart(id, new java.util.Properties()));
        }
        assertEquals(BatchStatus.COMPLETED, ended.getBatchStatus());
        sender.sendDue();
        f.overdue().forEach(sheet -> assertTrue(overdue(sheet)));
        assertEquals(1, mailsTo(smtp, f.emailA(), "arriv", 1).size());
        assertEquals(1, mailsTo(smtp, f.emailB(), "arriv", 1).size());
    }

    @Test
    void aRunCrashingBetweenDigestBatchesIsRestartedWithoutMailingAnyoneTwice() throws Exception {
        Fixture f = fixture("c" + System.nanoTime() % 100000);
        JobOperator operator = BatchRuntime.getJobOperator();
        java.util.Properties crash = new java.util.Properties();
        crash.setProperty("digestBatch", "1");
        crash.setProperty("failAfterBatches", "1");
        long id = operator.start("sar-deadline", crash);
        JobExecution failed = waitForEnd(id);
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus(), "the fault was injected after the first digest batch");
        // the marks were committed by the first step; B (created after A) was not reached
        f.overdue().forEach(sheet -> assertTrue(overdue(sheet)));
        assertEquals(0, digests(f.emailB()));
        java.util.Properties resume = new java.util.Properties();
        resume.setProperty("digestBatch", "1");
        resume.setProperty("failAfterBatches", "0");
        JobExecution ended = waitForEnd(operator.restart(id, resume));
        assertEquals(BatchStatus.COMPLETED, ended.getBatchStatus());
        assertEquals(1, digests(f.emailA()));
        assertEquals(1, digests(f.emailB()));
        sender.sendDue();
        assertEquals(1, mailsTo(smtp, f.emailA(), "arriv", 1).size());
        assertEquals(1, mailsTo(smtp, f.emailB(), "arriv", 1).size());
        // a later run the same day sends nothing more
        assertEquals(BatchStatus.COMPLETED, waitForEnd(launcher.start()).getBatchStatus());
        sender.sendDue();
        Thread.sleep(500);
        assertEquals(1, mailsTo(smtp, f.emailA(), "arriv", 2, 1500).size());
    }

    /** Today's digest rows of the recruiter with this e-mail address. */
    long digests(String email) {
        return ((Number) em.createNativeQuery("select count(*) from sar_deadline_digest d join app_user u"
                + " on u.id = d.recruiter_id where u.email = ?1 and d.digest_date = ?2").setParameter(1, email)
                .setParameter(2, LocalDate.now(clock)).getSingleResult()).longValue();
    }
}
