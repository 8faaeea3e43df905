package fr.bde.referential.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.hibernate.Hibernate;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A referential row seeded by the migrations, identified by its code (its business key). */
@MappedSuperclass
public abstract class ReferentialEntity {

    @Id
    @Column(name = "code")
    @KeywordField(projectable = Projectable.YES)
    private String code;

    public String getCode() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        // proxy-safe: compare the real classes and read the code through the getter
        return o instanceof ReferentialEntity other && Hibernate.getClass(this) == Hibernate.getClass(other)
                && Objects.equals(getCode(), other.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getCode());
    }
}
