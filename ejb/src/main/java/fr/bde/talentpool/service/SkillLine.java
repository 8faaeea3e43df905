package fr.bde.talentpool.service;

import fr.bde.talentpool.domain.ProficiencyLevel;
import java.io.Serializable;
import java.util.List;

/** Skills of one theme with their proficiency ("Voir les savoir faire", volet 1). */
public record SkillLine(String theme, List<Item> skills) implements Serializable {

    public record Item(String skill, ProficiencyLevel level) implements Serializable {
    }
}
