package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Régime (referential, seeded by migrations). */
@Entity
@Table(name = "scheme")
@Immutable
@Cacheable
public class Scheme extends ReferentialEntity {

    @Column(name = "name")
    private String name;

    protected Scheme() {
    }

    public String getName() {
        return name;
    }
}
