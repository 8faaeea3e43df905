package fr.bde.talentpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A skill with its proficiency; the theme is copied so the pool's theme + level filter reads one index. */
@Embeddable
public record ProfileSkill(
        @Column(name = "skill_code", nullable = false, length = 20) String skillCode,
        @Column(name = "theme_code", nullable = false, length = 20) String themeCode,
        @Enumerated(EnumType.STRING) @Column(name = "level", nullable = false, length = 20) ProficiencyLevel level) {
}
