package fr.bde.api.rest;

import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.search.OfferSummary;

/** Entities and projections to wire DTOs (entities never leave the server). */
public final class OfferAssembler {

    private OfferAssembler() {
    }

    public static OfferDto toDto(OfferSummary s) {
        return new OfferDto(s.reference(), s.title(), s.organisationName(), s.departementCode(), s.departementName(),
                s.regionCode(), s.regionName(), s.contractTypeCode(), s.contractTypeLabel(), s.summary(),
                s.publishedAt(), s.closingDate());
    }

    public static OfferDetailDto toDetail(JobOffer o) {
        return new OfferDetailDto(o.getReference(), o.getTitle(), o.getOrganisation().getName(),
                o.getDepartement().getCode(), o.getDepartement().getName(), o.getRegion().getCode(),
                o.getRegion().getName(), o.getContractType().getCode(), o.getContractType().getLabel(),
                o.getQualificationLevel() == null ? null : o.getQualificationLevel().getLabel(),
                o.getDescriptionHtml(), o.getSalary(), o.getPublishedAt(), o.getClosingDate());
    }
}
