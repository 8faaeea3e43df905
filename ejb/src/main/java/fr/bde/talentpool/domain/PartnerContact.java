package fr.bde.talentpool.domain;

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

/** A partner's contact point for the scheme: receives the "no response" mails about the job seekers it submitted. */
@Entity
@Table(name = "sar_partner_contact")
public class PartnerContact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sar_partner_contact_seq")
    @SequenceGenerator(name = "sar_partner_contact_seq", sequenceName = "sar_partner_contact_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected PartnerContact() {
    }

    public PartnerContact(Partner partner, String name, String email, String phone) {
        this.partner = partner;
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }
}
