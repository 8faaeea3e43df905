package fr.bde.publication.service;

import fr.bde.common.NotFoundException;
import fr.bde.common.PublicLinks;
import fr.bde.offer.domain.JobOffer;
import fr.bde.publication.connector.ChannelConnector;
import fr.bde.publication.connector.ChannelConnectors;
import fr.bde.publication.connector.FeedOffer;
import fr.bde.publication.domain.Channel;
import fr.bde.publication.domain.Publication;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The outbound feed of a channel: its live publications, newest first, read by pages (keyset) and
 * streamed through the channel's connector, so a feed of any size holds little memory.
 */
@Stateless
@PermitAll
public class FeedService {

    static final int BATCH = 500;

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private ChannelConnectors connectors;

    @Inject
    private PublicLinks links;

    public Channel channel(String code) {
        Channel channel = code == null ? null : em.find(Channel.class, code);
        if (channel == null || !channel.isActive()) {
            throw new NotFoundException("feed.notFound");
        }
        return channel;
    }

    public String contentType(Channel channel) {
        return connectors.of(channel).contentType();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void writeFeed(Channel channel, Writer out) throws IOException {
        ChannelConnector connector = connectors.of(channel);
        connector.writeFeed(channel, new PagedFeed(channel), out);
        out.flush();
    }

    /** Live publications of the channel, a batch at a time, keyed on (published at, id) descending. */
    private final class PagedFeed implements Iterator<FeedOffer> {
        private final Channel channel;
        private List<Publication> batch;
        private int index;
        private Instant lastAt;
        private Long lastId;
        private boolean exhausted;

        PagedFeed(Channel channel) {
            this.channel = channel;
        }

        @Override
        public boolean hasNext() {
            if (batch != null && index < batch.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            batch = fetch();
            index = 0;
            exhausted = batch.size() < BATCH;
            return !batch.isEmpty();
        }

        @Override
        public FeedOffer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Publication p = batch.get(index++);
            lastAt = p.getPublishedAt();
            lastId = p.getId();
            JobOffer offer = p.getOffer();
            return FeedOffer.of(offer, channel, p.getPublishedAt(), links.publicOffer(offer.getReference()));
        }

        private List<Publication> fetch() {
            String after = lastAt == null ? "" : " and (p.publishedAt < :at or (p.publishedAt = :at and p.id < :id))";
            var query = em.createQuery("select p from Publication p join fetch p.offer o join fetch o.organisation "
                            + "join fetch o.contractType join fetch o.departement join fetch o.region "
                            + "left join fetch o.qualificationLevel left join fetch o.educationLevel "
                            + "where p.channel.code = :channel and p.withdrawnAt is null" + after
                            + " order by p.publishedAt desc, p.id desc", Publication.class)
                    .setParameter("channel", channel.getCode());
            if (lastAt != null) {
                query.setParameter("at", lastAt).setParameter("id", lastId);
            }
            return query.setMaxResults(BATCH).getResultList();
        }
    }
}
