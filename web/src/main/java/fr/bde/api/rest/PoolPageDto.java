package fr.bde.api.rest;

import java.util.List;

/** A page of pool profiles; like the screen, only "is there a next page" is known. */
public record PoolPageDto(List<PoolProfileDto> items, int page, int size, boolean hasNext) {
}
