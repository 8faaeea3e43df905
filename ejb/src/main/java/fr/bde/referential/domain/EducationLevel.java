package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;


/** Niveau d'études (referential, seeded by migrations). */
@Entity
@Table(name = "education_level")
@Immutable
@Cacheable
public class EducationLevel {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "label")
    private String label;

    @Column(name = "rank_order")
    private int rankOrder;

    protected EducationLevel() {
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getRankOrder() {
        return rankOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EducationLevel other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
