package fr.bde.talentpool.domain;

import fr.bde.referential.domain.ReferentialEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Training action of the ADC catalogue (skills adaptation and development) (referential seeded by V14). */
@Entity
@Table(name = "sar_adc_action")
@Immutable
@Cacheable
public class AdcAction extends ReferentialEntity {

    @Column(name = "label")
    private String label;

    @Column(name = "rank_order")
    private int rankOrder;

    @Column(name = "kind")
    private String kind;

    @Column(name = "duration_months")
    private int durationMonths;

    @Column(name = "description")
    private String description;

    protected AdcAction() {
    }

    public String getLabel() {
        return label;
    }

    public int getRankOrder() {
        return rankOrder;
    }

    /** INTENSIVE, BASICS, GENERAL or INDIVIDUAL (POEI, AFPR). */
    public String getKind() {
        return kind;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public String getDescription() {
        return description;
    }
}
