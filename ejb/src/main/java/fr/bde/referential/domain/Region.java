package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Région (referential, seeded by migrations). */
@Entity
@Table(name = "region")
@Immutable
@Cacheable
public class Region {

    @Id
    @Column(name = "code")
    @KeywordField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String code;

    @Column(name = "name")
    @KeywordField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String name;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
