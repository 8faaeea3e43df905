package fr.bde.offer.service;

import fr.bde.offer.domain.CloseReason;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Closes published offers whose closing date has passed (reason EXPIRED): off every channel, so the
 * feeds drop them. Runs every hour; a batch per transaction, so a large backlog never holds a long lock.
 * Two nodes running it at once collide on the offer's version and one of them rolls back.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfferExpiry {

    static final String ACTOR = "system";
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(OfferExpiry.class.getName());

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private OfferService offers;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        int closed = expireDue();
        if (closed > 0) {
            LOG.info("Expired offers closed: " + closed);
        }
    }

    /** Closes every published offer past its closing date; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireDue() {
        int total = 0;
        int closed;
        do {
            closed = self().expireBatch();
            total += closed;
        } while (closed == BATCH);
        return total;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireBatch() {
        LocalDate today = LocalDate.now(clock);
        List<JobOffer> due = em.createQuery("select o from JobOffer o where o.status = :status and o.closingDate < :today "
                        + "order by o.closingDate, o.id", JobOffer.class)
                .setParameter("status", OfferStatus.PUBLISHED).setParameter("today", today)
                .setMaxResults(BATCH).getResultList();
        Instant now = clock.instant();
        due.forEach(offer -> offers.closeNow(offer, CloseReason.EXPIRED, ACTOR, now));
        return due.size();
    }

    private OfferExpiry self() {
        return context.getBusinessObject(OfferExpiry.class);
    }
}
