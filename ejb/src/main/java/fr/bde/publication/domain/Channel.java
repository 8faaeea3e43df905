package fr.bde.publication.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A publication site (seed 000 §1.8): a configurable list in table {@code channel}; ucanss.fr
 * ({@link #UCANSS}) always comes first.
 */
@Entity
@Table(name = "channel")
@Cacheable
public class Channel {

    public static final String UCANSS = "UCANSS";

    /** How the channel's outbound feed is written. */
    public enum FeedFormat { XML, JSON }

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "site_url", nullable = false, length = 200)
    private String siteUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ChannelKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "feed_format", nullable = false, length = 10)
    private FeedFormat feedFormat;

    @Column(name = "rank_order", nullable = false)
    private int rankOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;
    public static final int URL_MAX = 200;

    protected Channel() {
    }

    public Channel(String code) {
        this.code = code;
    }

    /** Changes what the administrator may change; the code is the channel's identity and stays. */
    public void configure(String name, String siteUrl, ChannelKind kind, FeedFormat feedFormat, int rankOrder,
                          boolean active) {
        this.name = name;
        this.siteUrl = siteUrl;
        this.kind = kind;
        this.feedFormat = feedFormat;
        this.rankOrder = rankOrder;
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSiteUrl() {
        return siteUrl;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public FeedFormat getFeedFormat() {
        return feedFormat;
    }

    public int getRankOrder() {
        return rankOrder;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isUcanss() {
        return UCANSS.equals(code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Channel other && Objects.equals(code, other.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
