package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;


/** Régime (referential, seeded by migrations). */
@Entity
@Table(name = "scheme")
@Immutable
@Cacheable
public class Scheme {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name")
    private String name;

    protected Scheme() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scheme other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
