package fr.bde.offer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an offer needs before it may be published. Each missing item is a message key
 * tied to the field concerned, so the screen can say exactly what to fill in.
 */
public final class PublicationPolicy {

    private PublicationPolicy() {
    }

    public record Violation(String field, String messageKey) {
    }

    public static List<Violation> check(JobOffer offer, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (isBlank(offer.getTitle())) {
            violations.add(new Violation("title", "offer.publish.titleMissing"));
        }
        if (isBlank(offer.getDescriptionText())) {
            violations.add(new Violation("description", "offer.publish.descriptionMissing"));
        }
        if (offer.getQualificationLevel() == null) {
            violations.add(new Violation("qualificationLevel", "offer.publish.qualificationLevelMissing"));
        }
        if (offer.getClosingDate() == null) {
            violations.add(new Violation("closingDate", "offer.publish.closingDateMissing"));
        } else if (!offer.getClosingDate().isAfter(today)) {
            violations.add(new Violation("closingDate", "offer.publish.closingDatePast"));
        }
        return violations;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
