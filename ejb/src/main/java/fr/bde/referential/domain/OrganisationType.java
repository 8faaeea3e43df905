package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Type d'organisme (CPAM, CAF, URSSAF…) (referential, seeded by migrations). */
@Entity
@Table(name = "organisation_type")
@Immutable
@Cacheable
public class OrganisationType extends ReferentialEntity {

    @Column(name = "name")
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "branch_code")
    private Branch branch;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scheme_code")
    private Scheme scheme;

    @Column(name = "territorial_level")
    private String territorialLevel;

    protected OrganisationType() {
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

    public String getTerritorialLevel() {
        return territorialLevel;
    }
}
