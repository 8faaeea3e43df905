package fr.bde.alert.service;

import fr.bde.alert.domain.AlertCriteria;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An active alert as the digest job reads it: whom to mail, what to look for, since when. */
public record AlertItem(Long id, String email, String firstName, AlertCriteria criteria, Instant lastDigestAt,
                        LocalDate endsOn) implements Serializable {

    public AlertItem(Long id, String email, String firstName, String keywords, String regionCode,
                     String departementCode, Long organisationId, String branchCode, String contractTypeCode,
                     String qualificationLevelCode, boolean remoteOnly, Instant lastDigestAt, LocalDate endsOn) {
        this(id, email, firstName, new AlertCriteria(keywords, regionCode, departementCode, organisationId, branchCode,
                contractTypeCode, qualificationLevelCode, remoteOnly), lastDigestAt, endsOn);
    }
}
