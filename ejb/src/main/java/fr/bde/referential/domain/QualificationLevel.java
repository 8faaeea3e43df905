package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Niveau de qualification (grille du régime) (referential, seeded by migrations). */
@Entity
@Table(name = "qualification_level")
@Immutable
@Cacheable
public class QualificationLevel extends ReferentialEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "scheme_code")
    private Scheme scheme;

    @Column(name = "label")
    private String label;

    @Column(name = "grade")
    private int grade;

    @Column(name = "rank_order")
    private int rankOrder;

    protected QualificationLevel() {
    }

    public Scheme getScheme() {
        return scheme;
    }

    public String getLabel() {
        return label;
    }

    public int getGrade() {
        return grade;
    }

    public int getRankOrder() {
        return rankOrder;
    }
}
