package fr.bde.offer.service;

import fr.bde.offer.domain.CareersCommitteePost;
import java.time.LocalDate;

/**
 * What a recruiter types to create or edit an offer. The post kind (executive, careers committee)
 * and the approving national fund only count at creation: the reference depends on them.
 */
public record OfferDraft(String title, String contractTypeCode, String departementCode, String descriptionHtml,
                         String qualificationLevelCode, String educationLevelCode, String salary,
                         LocalDate closingDate, boolean executive, CareersCommitteePost careersCommitteePost,
                         String nationalFundCode) {

    public OfferDraft(String title, String contractTypeCode, String departementCode, String descriptionHtml,
                      String qualificationLevelCode, String educationLevelCode, String salary, LocalDate closingDate) {
        this(title, contractTypeCode, departementCode, descriptionHtml, qualificationLevelCode, educationLevelCode,
                salary, closingDate, false, null, null);
    }
}
