package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;


/** Branche (referential, seeded by migrations). */
@Entity
@Table(name = "branch")
@Immutable
@Cacheable
public class Branch {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name")
    private String name;

    protected Branch() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Branch other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
