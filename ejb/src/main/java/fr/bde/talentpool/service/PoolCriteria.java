package fr.bde.talentpool.service;

import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.ProficiencyLevel;
import fr.bde.talentpool.domain.StudyLevel;
import fr.bde.talentpool.domain.TrainingLink;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The pool search filters of seed 002. A profile must match every criterion given; inside a
 * criterion, any ticked value matches (education levels and experience bands strictly). Theme and
 * level apply to the same skill; training actions and link kinds to the same training (a candidate
 * "en attente de d\u00e9marrage" of the chosen action, say).
 */
public record PoolCriteria(Set<String> areaCodes, String name, Set<String> jobCodes, Set<StudyLevel> studyLevels,
                           Set<ExperienceBand> experienceBands, Set<String> themeCodes, Set<ProficiencyLevel> levels,
                           Set<String> actionCodes, Set<TrainingLink> trainingLinks, Set<Classification> classifications, LocalDate classifiedFrom,
                           LocalDate classifiedBefore, LocalDate situationChangedFrom) implements Serializable {

    public static final int NAME_MAX = 100;

    public PoolCriteria {
        areaCodes = copy(areaCodes);
        jobCodes = copy(jobCodes);
        studyLevels = copy(studyLevels);
        experienceBands = copy(experienceBands);
        themeCodes = copy(themeCodes);
        levels = copy(levels);
        actionCodes = copy(actionCodes);
        trainingLinks = copy(trainingLinks);
        classifications = copy(classifications);
        name = name == null || name.isBlank() ? null : name.strip();
        if (name != null && name.length() > NAME_MAX) {
            name = name.substring(0, NAME_MAX);
        }
    }

    public static PoolCriteria none() {
        return new PoolCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
