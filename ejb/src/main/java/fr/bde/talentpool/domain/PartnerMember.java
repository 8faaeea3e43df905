package fr.bde.talentpool.domain;

import fr.bde.security.domain.AppUser;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A partner user's membership (role PARTNER), optionally as one of the partner's contacts. */
@Entity
@Table(name = "sar_partner_member")
public class PartnerMember {

    @Id
    private Long userId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private PartnerContact contact;

    protected PartnerMember() {
    }

    public PartnerMember(AppUser user, Partner partner, PartnerContact contact) {
        this.user = user;
        this.partner = partner;
        this.contact = contact;
    }

    public AppUser getUser() {
        return user;
    }

    public Partner getPartner() {
        return partner;
    }

    public PartnerContact getContact() {
        return contact;
    }
}
