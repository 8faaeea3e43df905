package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Département (referential, seeded by migrations). */
@Entity
@Table(name = "departement")
@Immutable
@Cacheable
public class Departement extends ReferentialEntity {

    @Column(name = "name")
    @KeywordField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    protected Departement() {
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }
}
