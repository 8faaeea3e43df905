package fr.bde.commission.service;

import fr.bde.talentpool.domain.TalentProfile;
import java.io.Serializable;
import java.util.List;

/**
 * Everything the profile page shows: the profile (its collections loaded), jobs exercised,
 * documents, interviews, and who submitted it.
 */
public record ProfileDetail(TalentProfile profile, String submittedBy, String contactName, String contactEmail,
                            List<ExercisedJobRow> exercisedJobs, List<DocumentRow> documents,
                            List<InterviewRow> interviews) implements Serializable {
}
