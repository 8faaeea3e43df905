package fr.bde.talentpool.domain;

import fr.bde.referential.domain.ReferentialEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Job of the digital sector (referential seeded by V14). */
@Entity
@Table(name = "sar_job")
@Immutable
@Cacheable
public class Job extends ReferentialEntity {

    @Column(name = "label")
    private String label;

    @Column(name = "rank_order")
    private int rankOrder;

    @Column(name = "family_code")
    private String familyCode;

    protected Job() {
    }

    public String getLabel() {
        return label;
    }

    public int getRankOrder() {
        return rankOrder;
    }

    public String getFamilyCode() {
        return familyCode;
    }
}
