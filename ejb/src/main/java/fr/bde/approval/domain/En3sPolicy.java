package fr.bde.approval.domain;

import fr.bde.common.ClockProducer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The EN3S period (seed 001): from 1 January to 30 April, Paris time, the listed organisations may
 * not publish their offers of the reserved levels before EN3S has answered; executive (ADD) offers
 * are out of scope. One place decides "in scope or not" and "may publish or not".
 */
public final class En3sPolicy {

    public static final MonthDay PERIOD_START = MonthDay.of(1, 1);
    public static final MonthDay PERIOD_END = MonthDay.of(4, 30);

    /**
     * Organisation types of the circular (seed 001 §1.2), as coded in organisation-types.csv: the
     * general scheme (CRAM is CARSAT's former name), the agricultural scheme (MSA, CCMSA), the RSI
     * (RSI, CNRSI), the mines (CANSSM) and the special schemes. ARS are in only under the general
     * scheme's collective agreement, see {@link Offer#generalSchemeAgreement()}.
     */
    static final Set<String> LISTED_TYPES = Set.of(
            "CNAM", "CNAV", "CNAF", "ACOSS", "UCANSS", "CAF", "CERTI", "CPAM", "UGECAM", "DRSM", "CCSS", "CGSS",
            "CARSAT", "URSSAF", "CRAV", "UIOSS",
            "MSA", "CCMSA",
            "RSI", "CNRSI",
            "CANSSM",
            "RATP", "SNCF", "CNIEG", "CAMIEG", "CNSA", "CRPCEN", "AGESSA", "CNMSS", "CNBF", "ENIM", "CAVIMAC");
    static final String ARS = "ARS";

    /** EN3S's answer to the derogation request of one offer. */
    public enum Answer { NONE, VALIDATED, REFUSED }

    /**
     * What the rule looks at: the employer's organisation type, whether its staff is under the general
     * scheme's collective agreement (only matters for ARS), the grid (scheme) and grade of the post's
     * qualification level, and whether the post is executive (ADD).
     */
    public record Offer(String organisationType, boolean generalSchemeAgreement, String levelScheme, int grade,
                        boolean executive) {
    }

    private En3sPolicy() {
    }

    public static boolean isInPeriod(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        return !monthDay.isBefore(PERIOD_START) && !monthDay.isAfter(PERIOD_END);
    }

    /** Today in Paris, whatever the server's time zone. */
    public static boolean isInPeriod(Clock clock) {
        return isInPeriod(LocalDate.now(clock.withZone(ClockProducer.PARIS)));
    }

    public static boolean isInScope(Offer offer) {
        if (offer.executive() || !isListed(offer)) {
            return false;
        }
        int grade = offer.grade();
        return switch (offer.levelScheme() == null ? "" : offer.levelScheme()) {
            case "GENERAL", "SPECIAL" -> grade >= 7 && grade <= 9;
            case "AGRICOLE" -> grade >= 6 && grade <= 8;
            case "RSI" -> grade >= 7 && grade <= 9; // grades VII to IX
            case "MINES" -> grade == 13;            // chefs de service, échelle 13
            default -> false;
        };
    }

    /** During the period an in-scope offer is published only once EN3S has validated it. */
    public static boolean mayPublish(Offer offer, Clock clock, Answer answer) {
        return !isInPeriod(clock) || !isInScope(offer) || answer == Answer.VALIDATED;
    }

    private static boolean isListed(Offer offer) {
        String type = offer.organisationType();
        return LISTED_TYPES.contains(type) || (ARS.equals(type) && offer.generalSchemeAgreement());
    }
}
