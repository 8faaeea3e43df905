package fr.bde.talentpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An employment partner ("partenaire Emploi") submitting job seekers to the commission. */
@Entity
@Table(name = "sar_partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sar_partner_seq")
    @SequenceGenerator(name = "sar_partner_seq", sequenceName = "sar_partner_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 30)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Partner() {
    }

    public Partner(String code, String name, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.createdAt = createdAt;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Partner other && Objects.equals(code, other.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
