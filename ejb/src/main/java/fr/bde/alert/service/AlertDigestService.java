package fr.bde.alert.service;

import fr.bde.alert.domain.AlertDigest;
import fr.bde.alert.domain.NewOffers;
import fr.bde.alert.domain.OfferFacts;
import fr.bde.alert.domain.Terms;
import fr.bde.common.HtmlSanitizer;
import fr.bde.mail.service.MailOutbox;
import fr.bde.mail.service.MailTemplates;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The work of the daily alert digest (job {@code alert-digest}): the new offers, the active
 * alerts a page at a time, and for each alert with matches one mail through the outbox, recorded
 * so that a second run the same day mails nothing twice.
 */
@Stateless
@PermitAll
public class AlertDigestService {

    /** A digest lists at most this many offers; the mail says how many more there are. */
    public static final int LISTED_MAX = 20;
    /** An alert silent for longer (job stopped) gets the offers of the last week only. */
    static final Duration MAX_LOOKBACK = Duration.ofDays(7);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AlertLinks links;

    /** Offers published in (oldest window start of the active alerts, cutoff], still published. */
    public NewOffers newOffers(LocalDate day, Instant cutoff) {
        Instant oldest = em.createQuery("select min(a.lastDigestAt) from JobAlert a where a.endsOn >= :day", Instant.class)
                .setParameter("day", day).getSingleResult();
        Instant floor = cutoff.minus(MAX_LOOKBACK);
        Instant since = oldest == null || oldest.isBefore(floor) ? floor : oldest;
        List<JobOffer> offers = em.createQuery("select o from JobOffer o join fetch o.organisation org "
                        + "join fetch org.type t join fetch t.branch join fetch o.contractType join fetch o.departement "
                        + "left join fetch o.qualificationLevel where o.status = :status and o.publishedAt > :since "
                        + "and o.publishedAt <= :cutoff", JobOffer.class)
                .setParameter("status", OfferStatus.PUBLISHED).setParameter("since", since)
                .setParameter("cutoff", cutoff).getResultList();
        List<OfferFacts> facts = new ArrayList<>(offers.size());
        for (JobOffer o : offers) {
            String text = o.getTitle() + " " + HtmlSanitizer.toPlainText(o.getDescriptionHtml()) + " "
                    + o.getOrganisation().getName();
            facts.add(new OfferFacts(o.getId(), o.getReference(), o.getTitle(), o.getOrganisation().getName(),
                    o.getDepartement().getName(), o.getContractType().getLabel(), o.getPublishedAt(), Terms.of(text),
                    o.getRegion().getCode(),
                    o.getDepartement().getCode(), o.getOrganisation().getId(), o.getBranchCode(),
                    o.getContractType().getCode(),
                    o.getQualificationLevel() == null ? null : o.getQualificationLevel().getCode(), o.isRemoteWork()));
        }
        return new NewOffers(facts);
    }

    /** Active alerts after {@code lastId} in id order, without those already mailed on {@code day}. */
    public List<AlertItem> alertsAfter(long lastId, int limit, LocalDate day) {
        return em.createQuery("select new fr.bde.alert.service.AlertItem(a.id, u.email, c.firstName, a.keywords, "
                        + "a.regionCode, a.departementCode, a.organisationId, a.branchCode, a.contractTypeCode, "
                        + "a.qualificationLevelCode, a.remoteOnly, a.lastDigestAt, a.endsOn) "
                        + "from JobAlert a join a.candidate u join CandidateAccount c on c.id = u.id "
                        + "where a.id > :lastId and a.endsOn >= :day and not exists (select d.alertId from AlertDigest d "
                        + "where d.alertId = a.id and d.digestDate = :day) order by a.id", AlertItem.class)
                .setParameter("lastId", lastId).setParameter("day", day)
                .setMaxResults(limit).getResultList();
    }

    /**
     * In the chunk's transaction: one mail and one digest record per alert with new offers, and the
     * window of every alert of the chunk moved to the cutoff.
     */
    public int record(List<DigestItem> items, LocalDate day, Instant cutoff, Instant now) {
        int mailed = 0;
        List<Long> ids = new ArrayList<>(items.size());
        for (DigestItem item : items) {
            ids.add(item.alert().id());
            if (item.offers().isEmpty()) {
                continue;
            }
            em.persist(new AlertDigest(item.alert().id(), day, item.offers().size(), now));
            mail(item);
            mailed++;
        }
        if (!ids.isEmpty()) {
            em.createQuery("update JobAlert a set a.lastDigestAt = :cutoff where a.id in :ids and a.lastDigestAt < :cutoff")
                    .setParameter("cutoff", cutoff).setParameter("ids", ids).executeUpdate();
        }
        return mailed;
    }

    private void mail(DigestItem item) {
        List<OfferFacts> offers = item.offers();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<ul>");
        for (OfferFacts o : offers.subList(0, Math.min(LISTED_MAX, offers.size()))) {
            String link = links.offer(o.reference());
            String line = o.title() + " — " + o.organisationName() + " — " + o.departementName() + " — "
                    + o.contractTypeLabel() + " (" + o.reference() + ")";
            text.append("- ").append(line).append("\n  ").append(link).append('\n');
            html.append("<li><a href=\"").append(MailTemplates.escapeHtml(link)).append("\">")
                    .append(MailTemplates.escapeHtml(o.title())).append("</a> — <strong>")
                    .append(MailTemplates.escapeHtml(o.organisationName())).append("</strong> — ")
                    .append(MailTemplates.escapeHtml(o.departementName() + " — " + o.contractTypeLabel()
                            + " (" + o.reference() + ")")).append("</li>");
        }
        html.append("</ul>");
        AlertItem alert = item.alert();
        outbox.enqueueLater(alert.email(), "alert.digest", alert.firstName(), offers.size(),
                new MailTemplates.Markup(text.toString(), html.toString()),
                offers.size() > LISTED_MAX ? MailTemplates.text("alert.digest.more", offers.size() - LISTED_MAX) : "",
                DATE.format(alert.endsOn()),
                links.unsubscribe(alert.id()), links.myAlerts())
                .unsubscribeAt(links.oneClickUnsubscribe(alert.id()));
    }
}
