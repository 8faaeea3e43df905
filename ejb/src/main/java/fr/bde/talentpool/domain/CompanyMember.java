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
import java.util.Objects;

/** A company recruiter's membership: every query of the company side is scoped to this company. */
@Entity
@Table(name = "sar_company_member")
public class CompanyMember {

    @Id
    private Long userId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    protected CompanyMember() {
    }

    public CompanyMember(AppUser user, Company company) {
        this.user = user;
        this.company = company;
    }

    public Long getUserId() {
        return userId;
    }

    public AppUser getUser() {
        return user;
    }

    public Company getCompany() {
        return company;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompanyMember other && Objects.equals(user, other.user);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(user);
    }
}
