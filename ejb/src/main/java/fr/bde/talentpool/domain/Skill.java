package fr.bde.talentpool.domain;

import fr.bde.referential.domain.ReferentialEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Savoir-faire, grouped by theme (referential seeded by V14). */
@Entity
@Table(name = "sar_skill")
@Immutable
@Cacheable
public class Skill extends ReferentialEntity {

    @Column(name = "label")
    private String label;

    @Column(name = "rank_order")
    private int rankOrder;

    @Column(name = "theme_code")
    private String themeCode;

    protected Skill() {
    }

    public String getLabel() {
        return label;
    }

    public int getRankOrder() {
        return rankOrder;
    }

    public String getThemeCode() {
        return themeCode;
    }
}
