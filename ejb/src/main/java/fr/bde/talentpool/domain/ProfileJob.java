package fr.bde.talentpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A job on a profile, with why it is there (exercised, can exercise, targeted). */
@Embeddable
public record ProfileJob(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20) JobKind kind,
        @Column(name = "job_code", nullable = false, length = 20) String jobCode) {
}
