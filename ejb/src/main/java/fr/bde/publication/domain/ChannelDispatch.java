package fr.bde.publication.domain;

import fr.bde.offer.domain.JobOffer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** What was sent to a channel and when: the feed item as rendered, or its withdrawal. */
@Entity
@Table(name = "channel_dispatch")
public class ChannelDispatch {

    public static final int PAYLOAD_MAX = 60000;

    public enum Action { PUBLISH, UPDATE, WITHDRAW }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_dispatch_seq")
    @SequenceGenerator(name = "channel_dispatch_seq", sequenceName = "channel_dispatch_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private JobOffer offer;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "channel")
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private Action action;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "payload", length = PAYLOAD_MAX)
    private String payload;

    protected ChannelDispatch() {
    }

    public ChannelDispatch(JobOffer offer, Channel channel, Action action, String actor, Instant at, String payload) {
        this.offer = offer;
        this.channel = channel;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.payload = payload == null || payload.length() <= PAYLOAD_MAX ? payload : payload.substring(0, PAYLOAD_MAX);
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public Action getAction() {
        return action;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getPayload() {
        return payload;
    }
}
