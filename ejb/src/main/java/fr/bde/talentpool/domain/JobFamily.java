package fr.bde.talentpool.domain;

import fr.bde.referential.domain.ReferentialEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Job family grouping the jobs (referential seeded by V14). */
@Entity
@Table(name = "sar_job_family")
@Immutable
@Cacheable
public class JobFamily extends ReferentialEntity {

    @Column(name = "label")
    private String label;

    @Column(name = "rank_order")
    private int rankOrder;

    protected JobFamily() {
    }

    public String getLabel() {
        return label;
    }

    public int getRankOrder() {
        return rankOrder;
    }
}
