package fr.bde.commission.service;

import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A candidate and every company's opinion, with the counts of sheets, recruitments and negative results. */
public record CandidateOpinions(Long profileId, Civility civility, String lastName, String firstName,
                                Classification classification, Instant classifiedAt, String areaCode, long sheets,
                                long recruited, long negative, LocalDate lastUpdate, List<CompanyOpinion> opinions)
        implements Serializable {

    public String fullName() {
        return lastName.toUpperCase(java.util.Locale.ROOT) + " " + firstName;
    }
}
