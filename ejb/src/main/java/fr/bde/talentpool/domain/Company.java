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

/** A member company of the association: its recruiters search the pool and keep one portfolio of sheets. */
@Entity
@Table(name = "sar_company")
public class Company {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sar_company_seq")
    @SequenceGenerator(name = "sar_company_seq", sequenceName = "sar_company_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 30)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "area_code", length = 20)
    private String areaCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Company() {
    }

    public Company(String code, String name, String areaCode, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.areaCode = areaCode;
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

    public String getAreaCode() {
        return areaCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Company other && Objects.equals(code, other.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
