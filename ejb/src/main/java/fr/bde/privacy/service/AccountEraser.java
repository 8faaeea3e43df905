package fr.bde.privacy.service;

import fr.bde.candidate.domain.CandidateAccount;
import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.mail.domain.OutboxMessage;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.LoginThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Erases personal data in the caller's transaction: applications anonymised in place (the
 * recruiter's counts and history stay, the person is gone), a candidate account deleted with its
 * links, alerts and login, so it can never log in again. The outbox keeps no copy of the mails
 * sent to an erased person.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountEraser {

    /** What replaces the names and address of an anonymised application. */
    public static final String ANONYMOUS = "anonyme";
    public static final String ANONYMOUS_EMAIL = "anonyme@anonyme.invalid";
    private static final String ANONYMISE = "UPDATE job_application SET first_name = :name, last_name = :name, "
            + "email = :email, cover_letter = NULL, cv_file_name = :name, cv_content_type = 'application/octet-stream', "
            + "cv_content = :empty, candidate_id = NULL, anonymised_at = :now ";

    /** Outbox states of a mail out of the queue: sent, or given up after its attempts. */
    private static final List<String> DONE = List.of(OutboxMessage.Status.SENT.name(), OutboxMessage.Status.FAILED.name());

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    /** Applications of offers closed before {@code closedBefore}, except hired candidates'. */
    public int anonymiseApplicationsOfOffersClosedBefore(Instant closedBefore, Instant now) {
        // before the addresses are overwritten: the copies of the mails sent to these applicants go; mails
        // still pending may be about another, live application of the same person, so they leave as planned
        em.createNativeQuery("DELETE FROM outbox_message WHERE status IN (:done) AND recipient IN (SELECT a.email "
                        + "FROM job_application a WHERE a.anonymised_at IS NULL AND a.status <> :hired AND a.offer_id IN "
                        + "(SELECT o.id FROM job_offer o WHERE o.status = 'CLOSED' AND o.closed_at < :closedBefore))")
                .setParameter("done", DONE).setParameter("hired", ApplicationStatus.HIRED.name())
                .setParameter("closedBefore", closedBefore).executeUpdate();
        // documents joined to these applications (screening issue) go with the CV
        em.createNativeQuery("DELETE FROM application_document WHERE application_id IN (SELECT a.id FROM job_application a "
                        + "WHERE a.anonymised_at IS NULL AND a.status <> :hired AND a.offer_id IN "
                        + "(SELECT o.id FROM job_offer o WHERE o.status = 'CLOSED' AND o.closed_at < :closedBefore))")
                .setParameter("hired", ApplicationStatus.HIRED.name()).setParameter("closedBefore", closedBefore)
                .executeUpdate();
        int count = em.createNativeQuery(ANONYMISE + "WHERE anonymised_at IS NULL AND status <> :hired AND offer_id IN "
                        + "(SELECT o.id FROM job_offer o WHERE o.status = 'CLOSED' AND o.closed_at < :closedBefore)")
                .setParameter("name", ANONYMOUS).setParameter("email", ANONYMOUS_EMAIL)
                .setParameter("empty", new byte[0]).setParameter("now", now)
                .setParameter("hired", ApplicationStatus.HIRED.name()).setParameter("closedBefore", closedBefore)
                .executeUpdate();
        eraseSelectionTrail();
        return count;
    }

    /**
     * The selection trail of anonymised applications: the messages as sent (they name the candidate)
     * and the step and interview reports (appraisals of the person), and the answers to the offer's
     * questions; who did what, and when, stays.
     */
    private void eraseSelectionTrail() {
        em.createNativeQuery("UPDATE application_event SET message_subject = NULL, message_body = NULL "
                + "WHERE message_body IS NOT NULL AND application_id IN "
                + "(SELECT a.id FROM job_application a WHERE a.anonymised_at IS NOT NULL)").executeUpdate();
        em.createNativeQuery("DELETE FROM step_report WHERE application_id IN "
                + "(SELECT a.id FROM job_application a WHERE a.anonymised_at IS NOT NULL)").executeUpdate();
        em.createNativeQuery("DELETE FROM screening_answer WHERE application_id IN "
                + "(SELECT a.id FROM job_application a WHERE a.anonymised_at IS NOT NULL)").executeUpdate();
    }

    /**
     * Deletes a candidate account; its applications are anonymised first. The mails addressed to the
     * person go too, so the mail confirming the deletion is to be queued after this call.
     */
    public void deleteCandidate(CandidateAccount account, Instant now) {
        AppUser user = account.getUser();
        em.flush();
        deleteMailsTo(user);
        em.createNativeQuery("DELETE FROM application_document WHERE application_id IN "
                + "(SELECT a.id FROM job_application a WHERE a.candidate_id = :candidate)")
                .setParameter("candidate", user.getId()).executeUpdate();
        em.createNativeQuery("DELETE FROM candidate_document WHERE candidate_id = :candidate")
                .setParameter("candidate", user.getId()).executeUpdate();
        em.createNativeQuery(ANONYMISE + "WHERE candidate_id = :candidate")
                .setParameter("name", ANONYMOUS).setParameter("email", ANONYMOUS_EMAIL)
                .setParameter("empty", new byte[0]).setParameter("now", now)
                .setParameter("candidate", user.getId()).executeUpdate();
        eraseSelectionTrail();
        em.createQuery("delete from AccountToken t where t.user = :user").setParameter("user", user).executeUpdate();
        em.createQuery("delete from JobAlert a where a.candidate = :user").setParameter("user", user).executeUpdate();
        LoginThrottle throttle = em.find(LoginThrottle.class, user.getLogin());
        if (throttle != null) {
            em.remove(throttle);
        }
        em.remove(account);
        em.flush();
        em.remove(user);
        em.flush();
    }

    /**
     * Every outbox row addressed to the account's address or to one given in its applications, whatever
     * its state: sent or given up, a copy of the person's data; still pending, a mail about an account,
     * alerts or applications being erased. A mail being sent right now still leaves (the sender completes
     * a deleted row as a no-op). One statement, before the addresses are anonymised.
     */
    private void deleteMailsTo(AppUser user) {
        em.createNativeQuery("DELETE FROM outbox_message WHERE recipient = :email OR recipient IN "
                        + "(SELECT a.email FROM job_application a WHERE a.candidate_id = :candidate)")
                .setParameter("email", user.getEmail()).setParameter("candidate", user.getId()).executeUpdate();
    }
}
