package fr.bde.api.rest;

/**
 * A publication channel whose feed can be pulled: its code, name and site, its kind (INSTITUTIONAL,
 * JOB_BOARD, DIVERSITY), the feed's format (XML or JSON, schema.org JobPosting) and address.
 */
public record FeedDto(String code, String name, String site, String kind, String format, String contentType,
                      String feedUrl) {
}
