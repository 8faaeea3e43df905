package fr.bde.web.offer;

import fr.bde.common.ClockProducer;
import fr.bde.common.HtmlSanitizer;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Public page of one published offer, with its schema.org JobPosting for search engines. */
@Named
@RequestScoped
public class OfferPageBacking {

    /** schema.org employmentType for each contract type. */
    private static final Map<String, String> EMPLOYMENT_TYPES = Map.of(
            "CDI", "FULL_TIME", "CDD", "TEMPORARY", "PROFESSIONALISATION", "OTHER",
            "INTERNSHIP", "INTERN", "INTERNAL_MISSION", "TEMPORARY", "INSTITUTIONAL_MISSION", "TEMPORARY");

    @Inject
    private OfferService offers;

    private String reference;
    private JobOffer offer;

    /** viewAction: unknown or unpublished references give a 404. */
    public void load() {
        offer = offers.findPublished(reference);
    }

    public String getJsonLd() {
        JsonObjectBuilder posting = Json.createObjectBuilder()
                .add("@context", "https://schema.org/")
                .add("@type", "JobPosting")
                .add("title", offer.getTitle())
                .add("description", offer.getDescriptionHtml())
                .add("identifier", Json.createObjectBuilder()
                        .add("@type", "PropertyValue")
                        .add("name", offer.getOrganisation().getName())
                        .add("value", offer.getReference()))
                .add("datePosted", DateTimeFormatter.ISO_LOCAL_DATE.format(
                        offer.getPublishedAt().atZone(ClockProducer.PARIS)))
                .add("employmentType", EMPLOYMENT_TYPES.getOrDefault(offer.getContractType().getCode(), "OTHER"))
                .add("hiringOrganization", Json.createObjectBuilder()
                        .add("@type", "Organization")
                        .add("name", offer.getOrganisation().getName()))
                .add("jobLocation", Json.createObjectBuilder()
                        .add("@type", "Place")
                        .add("address", Json.createObjectBuilder()
                                .add("@type", "PostalAddress")
                                .add("addressLocality", offer.getDepartement().getName())
                                .add("addressRegion", offer.getRegion().getName())
                                .add("postalCode", offer.getDepartement().getCode())
                                .add("addressCountry", "FR")));
        if (offer.getClosingDate() != null) {
            posting.add("validThrough", DateTimeFormatter.ISO_LOCAL_DATE.format(offer.getClosingDate()) + "T23:59:59+01:00");
        }
        // "</" must not appear inside a script element
        return posting.build().toString().replace("</", "<\\/");
    }

    public String getDescriptionText() {
        return HtmlSanitizer.toPlainText(offer.getDescriptionHtml());
    }

    public JobOffer getOffer() {
        return offer;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
