package fr.bde.alert.domain;

import java.util.Set;

/**
 * The saved search of an alert: every given criterion must hold (null means "any"); all the
 * keywords must appear in the offer's title, description or employer name.
 */
public record AlertCriteria(String keywords, String regionCode, String departementCode, Long organisationId,
                            String branchCode, String contractTypeCode, String qualificationLevelCode,
                            boolean remoteOnly) implements java.io.Serializable {

    public static final int KEYWORDS_MAX = 200;

    public AlertCriteria {
        keywords = blankToNull(keywords);
        regionCode = blankToNull(regionCode);
        departementCode = blankToNull(departementCode);
        branchCode = blankToNull(branchCode);
        contractTypeCode = blankToNull(contractTypeCode);
        qualificationLevelCode = blankToNull(qualificationLevelCode);
    }

    /** True when no criterion is given: such an alert would mail every new offer. */
    public boolean isEmpty() {
        return keywords == null && regionCode == null && departementCode == null && organisationId == null
                && branchCode == null && contractTypeCode == null && qualificationLevelCode == null && !remoteOnly;
    }

    public Set<String> terms() {
        return Terms.of(keywords);
    }

    public boolean matches(OfferFacts offer) {
        return matches(offer, terms());
    }

    /** {@code terms}: the reduced keywords, computed once for all the offers compared. */
    public boolean matches(OfferFacts offer, Set<String> terms) {
        return same(regionCode, offer.regionCode())
                && same(departementCode, offer.departementCode())
                && (organisationId == null || organisationId.equals(offer.organisationId()))
                && same(branchCode, offer.branchCode())
                && same(contractTypeCode, offer.contractTypeCode())
                && same(qualificationLevelCode, offer.qualificationLevelCode())
                && (!remoteOnly || offer.remoteWork())
                && offer.terms().containsAll(terms);
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
