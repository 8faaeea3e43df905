package fr.bde.talentpool.service;

import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.StudyLevel;
import java.io.Serializable;
import java.time.Instant;

/** A line of the pool result list (seed 002 columns). */
public record PoolRow(Long id, Civility civility, String lastName, String firstName, String area, String city,
                      String currentJobs, Classification classification, Instant classifiedAt, StudyLevel studyLevel,
                      ExperienceBand digitalExperience) implements Serializable {
}
