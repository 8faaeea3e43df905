package fr.bde.offer.search;

import java.time.Instant;

/** Public search filters; null or blank means "any". */
public record OfferSearchCriteria(String keywords, String regionCode, String contractTypeCode, Long organisationId,
                                  Instant publishedSince, Sort sort) {

    public enum Sort { RELEVANCE, NEWEST, OLDEST, TITLE, CLOSING }

    public OfferSearchCriteria {
        if (sort == null) {
            sort = keywords == null || keywords.isBlank() ? Sort.NEWEST : Sort.RELEVANCE;
        }
    }

    public static OfferSearchCriteria all() {
        return new OfferSearchCriteria(null, null, null, null, null, Sort.NEWEST);
    }
}
