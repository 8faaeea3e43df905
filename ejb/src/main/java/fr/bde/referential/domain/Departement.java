package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
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
public class Departement {

    @Id
    @Column(name = "code")
    @KeywordField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String code;

    @Column(name = "name")
    @KeywordField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    protected Departement() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Departement other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
