package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Niveau d'études (referential, seeded by migrations). */
@Entity
@Table(name = "education_level")
@Immutable
@Cacheable
public class EducationLevel extends ReferentialEntity {

    @Column(name = "label")
    private String label;

    @Column(name = "rank_order")
    private int rankOrder;

    protected EducationLevel() {
    }

    public String getLabel() {
        return label;
    }

    public int getRankOrder() {
        return rankOrder;
    }
}
