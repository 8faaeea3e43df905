package fr.bde.offer.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The editable content of an offer, by codes: compared before and after an edit to decide whether
 * an approved offer needs approving again.
 */
public record OfferContent(String title, String descriptionHtml, String contractTypeCode, String departementCode,
                           String qualificationLevelCode, String educationLevelCode, String salary,
                           LocalDate closingDate) {

    /**
     * What approvers judge is the post itself: its title, description, contract, place and grade.
     * Education level, salary and closing date are publication details: changing them keeps the approval.
     */
    public boolean substantiallyDiffersFrom(OfferContent other) {
        return !Objects.equals(title, other.title)
                || !Objects.equals(descriptionHtml, other.descriptionHtml)
                || !Objects.equals(contractTypeCode, other.contractTypeCode)
                || !Objects.equals(departementCode, other.departementCode)
                || !Objects.equals(qualificationLevelCode, other.qualificationLevelCode);
    }

    public boolean differsFrom(OfferContent other) {
        return !equals(other);
    }
}
