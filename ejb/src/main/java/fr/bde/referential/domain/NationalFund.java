package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Caisse nationale (referential, seeded by migrations). */
@Entity
@Table(name = "national_fund")
@Immutable
@Cacheable
public class NationalFund extends ReferentialEntity {

    @Column(name = "name")
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "branch_code")
    private Branch branch;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scheme_code")
    private Scheme scheme;

    protected NationalFund() {
    }

    public String getName() {
        return name;
    }

    public Branch getBranch() {
        return branch;
    }

    public Scheme getScheme() {
        return scheme;
    }
}
