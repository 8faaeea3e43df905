package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Région (referential, seeded by migrations). */
@Entity
@Table(name = "region")
@Immutable
@Cacheable
public class Region extends ReferentialEntity {

    @Column(name = "name")
    @KeywordField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String name;

    protected Region() {
    }

    public String getName() {
        return name;
    }
}
