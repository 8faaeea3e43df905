package fr.bde.organisation.domain;

import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.OrganisationType;
import fr.bde.referential.domain.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** An employer of the social security network (organisme). */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GenericField(projectable = Projectable.YES)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    @FullTextField(name = "name", analyzer = "french")
    @KeywordField(name = "nameKeyword", projectable = Projectable.YES)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_code")
    private OrganisationType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "departement_code")
    private Departement departement;

    /** Only matters for an ARS: its staff is under the general scheme's collective agreement (EN3S scope). */
    @Column(name = "general_scheme_agreement", nullable = false)
    private boolean generalSchemeAgreement;

    protected Organisation() {
    }

    public Organisation(String code, String name, OrganisationType type, Region region, Departement departement) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.region = region;
        this.departement = departement;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public boolean isGeneralSchemeAgreement() {
        return generalSchemeAgreement;
    }

    public String typeCode() {
        return type.getCode();
    }

    public Departement getDepartement() {
        return departement;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
