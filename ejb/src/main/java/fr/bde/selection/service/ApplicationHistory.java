package fr.bde.selection.service;

import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.selection.domain.ApplicationEvent;
import fr.bde.selection.domain.HistoryAction;
import fr.bde.selection.domain.MessageDraft;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Records what happens to an application, in the transaction of the change itself; callable from any
 * service acting on applications (selection here, automatic rejection on screening criteria…).
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ApplicationHistory {

    /** The actor of what the system does by itself (automatic rejection, closing message). */
    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    public ApplicationEvent record(JobApplication application, HistoryAction action, String actor, String detail,
                                   MessageDraft messageSent) {
        ApplicationEvent event = new ApplicationEvent(application, action, actor, clock.instant(), detail, messageSent);
        em.persist(event);
        return event;
    }

    /** Oldest first, as a timeline reads. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ApplicationEvent> of(JobApplication application) {
        return em.createQuery("select e from ApplicationEvent e where e.application = :a order by e.occurredAt, e.id",
                ApplicationEvent.class).setParameter("a", application).getResultList();
    }
}
