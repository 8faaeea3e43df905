package fr.bde.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Type de contrat (referential, seeded by migrations). */
@Entity
@Table(name = "contract_type")
@Immutable
@Cacheable
public class ContractType {

    @Id
    @Column(name = "code")
    @KeywordField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String code;

    @Column(name = "label")
    @KeywordField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String label;

    @Column(name = "rank_order")
    private int rankOrder;

    protected ContractType() {
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
        return o instanceof ContractType other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
