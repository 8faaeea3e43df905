package fr.bde.publication.domain;

import fr.bde.offer.domain.JobOffer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An offer on one channel; withdrawn rather than deleted, so that its history stays. */
@Entity
@Table(name = "publication")
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
    @SequenceGenerator(name = "publication_seq", sequenceName = "publication_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private JobOffer offer;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "channel")
    private Channel channel;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    protected Publication() {
    }

    public Publication(JobOffer offer, Channel channel, String publishedBy, Instant publishedAt) {
        this.offer = offer;
        this.channel = channel;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    /** Published again after a withdrawal: the same line, live again. */
    public void republish(String by, Instant at) {
        this.publishedBy = by;
        this.publishedAt = at;
        this.withdrawnAt = null;
        this.withdrawnBy = null;
    }

    public void withdraw(String by, Instant at) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public Long getId() {
        return id;
    }

    public boolean isLive() {
        return withdrawnAt == null;
    }

    public JobOffer getOffer() {
        return offer;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }
}
