package fr.bde.talentpool.domain;

import fr.bde.referential.domain.ReferentialEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Bassin d'emploi: the candidate's current geographic area (referential seeded by V14). */
@Entity
@Table(name = "sar_employment_area")
@Immutable
@Cacheable
public class EmploymentArea extends ReferentialEntity {

    @Column(name = "label")
    private String label;

    @Column(name = "rank_order")
    private int rankOrder;

    protected EmploymentArea() {
    }

    public String getLabel() {
        return label;
    }

    public int getRankOrder() {
        return rankOrder;
    }
}
