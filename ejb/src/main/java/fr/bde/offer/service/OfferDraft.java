package fr.bde.offer.service;

import fr.bde.offer.domain.CareersCommitteePost;
import java.time.LocalDate;

/**
 * What a recruiter types to create or edit an offer. The post kind (executive, careers committee)
 * and the approving national fund only count at creation: the reference depends on them.
 * {@code remoteWork}: the post is open to remote work (télétravail).
 */
public record OfferDraft(String title, String contractTypeCode, String departementCode, String descriptionHtml,
                         String qualificationLevelCode, String educationLevelCode, String salary,
                         LocalDate closingDate, boolean executive, CareersCommitteePost careersCommitteePost,
                         String nationalFundCode, boolean remoteWork) {

    public OfferDraft(String title, String contractTypeCode, String departementCode, String descriptionHtml,
                      String qualificationLevelCode, String educationLevelCode, String salary, LocalDate closingDate,
                      boolean executive, CareersCommitteePost careersCommitteePost, String nationalFundCode) {
        this(title, contractTypeCode, departementCode, descriptionHtml, qualificationLevelCode, educationLevelCode,
                salary, closingDate, executive, careersCommitteePost, nationalFundCode, false);
    }

    public OfferDraft(String title, String contractTypeCode, String departementCode, String descriptionHtml,
                      String qualificationLevelCode, String educationLevelCode, String salary, LocalDate closingDate) {
        this(title, contractTypeCode, departementCode, descriptionHtml, qualificationLevelCode, educationLevelCode,
                salary, closingDate, false, null, null);
    }
}
