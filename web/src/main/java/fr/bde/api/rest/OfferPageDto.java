package fr.bde.api.rest;

import java.util.List;

/** One page of offers, with the total number of matches. */
public record OfferPageDto(List<OfferDto> items, long total, int page, int size) {
}
