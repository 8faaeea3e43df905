package fr.bde.offer.domain;

import fr.bde.security.domain.AppUser;
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

/** A user on one of an offer's teams. */
@Entity
@Table(name = "offer_team_member")
public class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_team_member_seq")
    @SequenceGenerator(name = "offer_team_member_seq", sequenceName = "offer_team_member_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private JobOffer offer;

    @Enumerated(EnumType.STRING)
    @Column(name = "team", nullable = false, length = 20)
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    protected TeamMember() {
    }

    public TeamMember(JobOffer offer, Team team, AppUser user, String addedBy, Instant addedAt) {
        this.offer = offer;
        this.team = team;
        this.user = user;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public Team getTeam() {
        return team;
    }

    public AppUser getUser() {
        return user;
    }

    public JobOffer getOffer() {
        return offer;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
