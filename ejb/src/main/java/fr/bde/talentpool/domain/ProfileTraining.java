package fr.bde.talentpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The candidate's link with an ADC training action (one of the 4 kinds of the seed). */
@Embeddable
public record ProfileTraining(
        @Column(name = "action_code", nullable = false, length = 20) String actionCode,
        @Enumerated(EnumType.STRING) @Column(name = "link_kind", nullable = false, length = 30) TrainingLink link) {
}
