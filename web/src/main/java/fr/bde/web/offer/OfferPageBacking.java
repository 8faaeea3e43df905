package fr.bde.web.offer;

import fr.bde.common.HtmlSanitizer;
import fr.bde.common.PublicLinks;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferService;
import fr.bde.publication.connector.FeedOffer;
import fr.bde.publication.connector.JobPostingJsonConnector;
import fr.bde.publication.domain.Channel;
import fr.bde.publication.service.FeedService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Public page of one published offer, on ucanss.fr: the offer as that institutional channel may show
 * it (never the education level; the salary only when the recruiter chose to show it), and the same
 * schema.org JobPosting the channel's feed carries, for search engines.
 */
@Named
@RequestScoped
public class OfferPageBacking {

    @Inject
    private OfferService offers;

    @Inject
    private FeedService feeds;

    @Inject
    private JobPostingJsonConnector jobPostings;

    @Inject
    private PublicLinks links;

    private String reference;
    private JobOffer offer;
    private FeedOffer posting;

    /** viewAction: unknown or unpublished references give a 404. */
    public void load() {
        offer = offers.findPublished(reference);
        posting = FeedOffer.of(offer, feeds.channel(Channel.UCANSS), offer.getPublishedAt(),
                links.publicOffer(offer.getReference()));
    }

    public String getJsonLd() {
        // "</" must not appear inside a script element
        return jobPostings.jobPosting(posting).toString().replace("</", "<\\/");
    }

    public String getDescriptionText() {
        return HtmlSanitizer.toPlainText(offer.getDescriptionHtml());
    }

    public JobOffer getOffer() {
        return offer;
    }

    /** What the page may show: the offer through the ucanss.fr channel's field rules. */
    public FeedOffer getPosting() {
        return posting;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
