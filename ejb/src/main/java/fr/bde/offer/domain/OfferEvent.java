package fr.bde.offer.domain;

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

/** One line of an offer's history: who did what, when. */
@Entity
@Table(name = "offer_event")
public class OfferEvent {

    public enum Action {
        CREATED, UPDATED, VERSION_CREATED,
        APPROVAL_REQUESTED, STEP_APPROVED, STEP_REFUSED, APPROVED, REFUSED, APPROVAL_CANCELLED,
        PUBLISHED, WITHDRAWN, CLOSED,
        TEAM_MEMBER_ADDED, TEAM_MEMBER_REMOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_event_seq")
    @SequenceGenerator(name = "offer_event_seq", sequenceName = "offer_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private JobOffer offer;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private Action action;

    @Column(name = "detail", length = 500)
    private String detail;

    protected OfferEvent() {
    }

    public OfferEvent(JobOffer offer, Action action, String actor, Instant at, String detail) {
        this.offer = offer;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
