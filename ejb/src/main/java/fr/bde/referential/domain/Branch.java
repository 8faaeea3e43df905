package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Branche (referential, seeded by migrations). */
@Entity
@Table(name = "branch")
@Immutable
@Cacheable
public class Branch extends ReferentialEntity {

    @Column(name = "name")
    private String name;

    protected Branch() {
    }

    public String getName() {
        return name;
    }
}
