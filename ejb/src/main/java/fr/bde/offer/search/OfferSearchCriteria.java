package fr.bde.offer.search;

import java.time.Instant;

/** Public search filters; null or blank means "any". {@code remoteOnly}: only offers open to remote work. */
public record OfferSearchCriteria(String keywords, String regionCode, String departementCode, String contractTypeCode,
                                  Long organisationId, String branchCode, String qualificationLevelCode,
                                  boolean remoteOnly, Instant publishedSince, Sort sort) {

    public enum Sort { RELEVANCE, NEWEST, OLDEST, TITLE, CLOSING }

    public OfferSearchCriteria {
        if (sort == null) {
            sort = keywords == null || keywords.isBlank() ? Sort.NEWEST : Sort.RELEVANCE;
        }
    }

    public OfferSearchCriteria(String keywords, String regionCode, String contractTypeCode, Long organisationId,
                               Instant publishedSince, Sort sort) {
        this(keywords, regionCode, null, contractTypeCode, organisationId, null, null, false, publishedSince, sort);
    }

    public static OfferSearchCriteria all() {
        return new OfferSearchCriteria(null, null, null, null, null, Sort.NEWEST);
    }
}
