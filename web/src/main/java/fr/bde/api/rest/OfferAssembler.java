package fr.bde.api.rest;

import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.search.OfferSummary;
import fr.bde.publication.domain.ChannelKind;
import fr.bde.publication.domain.ChannelRules;

/** Entities and projections to wire DTOs (entities never leave the server). */
public final class OfferAssembler {

    private OfferAssembler() {
    }

    public static OfferDto toDto(OfferSummary s) {
        return new OfferDto(s.reference(), s.title(), s.organisationName(), s.departementCode(), s.departementName(),
                s.regionCode(), s.regionName(), s.contractTypeCode(), s.contractTypeLabel(), s.summary(),
                s.publishedAt(), s.closingDate());
    }

    /** The offer as the institutional publication shows it: no education level, the salary only if the recruiter chose. */
    public static OfferDetailDto toDetail(JobOffer o) {
        return new OfferDetailDto(o.getReference(), o.getTitle(), o.getOrganisation().getName(),
                o.getDepartement().getCode(), o.getDepartement().getName(), o.getRegion().getCode(),
                o.getRegion().getName(), o.getContractType().getCode(), o.getContractType().getLabel(),
                o.getQualificationLevel() == null ? null : o.getQualificationLevel().getLabel(),
                o.getDescriptionHtml(),
                ChannelRules.showsSalary(ChannelKind.INSTITUTIONAL, o.isShowSalary()) ? o.getSalary() : null,
                o.getPublishedAt(), o.getClosingDate());
    }
}
