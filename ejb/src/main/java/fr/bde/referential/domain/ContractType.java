package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Type de contrat (referential, seeded by migrations). */
@Entity
@Table(name = "contract_type")
@Immutable
@Cacheable
public class ContractType extends ReferentialEntity {

    @Column(name = "label")
    @KeywordField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String label;

    @Column(name = "rank_order")
    private int rankOrder;

    protected ContractType() {
    }

    public String getLabel() {
        return label;
    }

    public int getRankOrder() {
        return rankOrder;
    }
}
