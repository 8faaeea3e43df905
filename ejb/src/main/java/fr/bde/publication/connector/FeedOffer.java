package fr.bde.publication.connector;

import fr.bde.offer.domain.JobOffer;
import fr.bde.publication.domain.Channel;
import fr.bde.publication.domain.ChannelRules;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An offer as one channel may show it: the education level only on job boards and diversity sites,
 * the salary there and on institutional sites only when the recruiter chose to show it.
 */
public record FeedOffer(String reference, String title, String organisationName, String contractTypeCode,
                        String contractTypeLabel, String departementCode, String departementName, String regionName,
                        String descriptionHtml, String qualificationLevel, String educationLevel, String salary,
                        Instant publishedAt, LocalDate closingDate, String url) {

    public static FeedOffer of(JobOffer offer, Channel channel, Instant publishedAt, String url) {
        boolean education = ChannelRules.showsEducationLevel(channel.getKind());
        boolean salary = ChannelRules.showsSalary(channel.getKind(), offer.isShowSalary());
        return new FeedOffer(offer.getReference(), offer.getTitle(), offer.getOrganisation().getName(),
                offer.getContractType().getCode(), offer.getContractType().getLabel(),
                offer.getDepartement().getCode(), offer.getDepartement().getName(), offer.getRegion().getName(),
                offer.getDescriptionHtml(),
                offer.getQualificationLevel() == null ? null : offer.getQualificationLevel().getLabel(),
                education && offer.getEducationLevel() != null ? offer.getEducationLevel().getLabel() : null,
                salary ? offer.getSalary() : null,
                publishedAt, offer.getClosingDate(), url);
    }
}
