package fr.bde.publication.connector;

import fr.bde.common.ClockProducer;
import fr.bde.publication.domain.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;

/**
 * schema.org JobPosting in JSON (the format search engines and most job sites read): one object per
 * offer, the feed an {@code ItemList} of them. Also gives the JSON-LD of the public offer pages.
 */
@ApplicationScoped
public class JobPostingJsonConnector implements ChannelConnector {

    /** schema.org employmentType for each contract type. */
    static final Map<String, String> EMPLOYMENT_TYPES = Map.of(
            "CDI", "FULL_TIME", "CDD", "TEMPORARY", "PROFESSIONALISATION", "OTHER",
            "INTERNSHIP", "INTERN", "INTERNAL_MISSION", "TEMPORARY", "INSTITUTIONAL_MISSION", "TEMPORARY");

    @Override
    public Channel.FeedFormat format() {
        return Channel.FeedFormat.JSON;
    }

    @Override
    public String contentType() {
        return "application/ld+json;charset=UTF-8";
    }

    @Override
    public String item(Channel channel, FeedOffer offer) {
        return jobPosting(offer).toString();
    }

    /** The JobPosting object, with its {@code @context}, as embedded in a page. */
    public JsonObject jobPosting(FeedOffer offer) {
        JsonObjectBuilder posting = Json.createObjectBuilder()
                .add("@context", "https://schema.org/")
                .add("@type", "JobPosting")
                .add("title", offer.title())
                .add("description", offer.descriptionHtml())
                .add("identifier", Json.createObjectBuilder()
                        .add("@type", "PropertyValue")
                        .add("name", offer.organisationName())
                        .add("value", offer.reference()))
                .add("datePosted", date(offer.publishedAt()))
                .add("employmentType", EMPLOYMENT_TYPES.getOrDefault(offer.contractTypeCode(), "OTHER"))
                .add("hiringOrganization", Json.createObjectBuilder()
                        .add("@type", "Organization")
                        .add("name", offer.organisationName()))
                .add("jobLocation", Json.createObjectBuilder()
                        .add("@type", "Place")
                        .add("address", Json.createObjectBuilder()
                                .add("@type", "PostalAddress")
                                .add("addressLocality", offer.departementName())
                                .add("addressRegion", offer.regionName())
                                .add("postalCode", offer.departementCode())
                                .add("addressCountry", "FR")))
                .add("url", offer.url());
        if (offer.closingDate() != null) {
            posting.add("validThrough", DateTimeFormatter.ISO_LOCAL_DATE.format(offer.closingDate()) + "T23:59:59+01:00");
        }
        if (offer.qualificationLevel() != null) {
            posting.add("occupationalCategory", offer.qualificationLevel());
        }
        if (offer.educationLevel() != null) {
            posting.add("educationRequirements", offer.educationLevel());
        }
        if (offer.salary() != null) {
            posting.add("baseSalary", Json.createObjectBuilder()
                    .add("@type", "MonetaryAmount")
                    .add("currency", "EUR")
                    .add("description", offer.salary()));
        }
        return posting.build();
    }

    @Override
    public void writeFeed(Channel channel, Iterator<FeedOffer> offers, Writer out) throws IOException {
        out.write("{\"@context\":\"https://schema.org/\",\"@type\":\"ItemList\",\"name\":");
        out.write(Json.createValue(channel.getName()).toString());
        out.write(",\"itemListElement\":[");
        boolean first = true;
        while (offers.hasNext()) {
            if (!first) {
                out.write(',');
            }
            JsonObject posting = jobPosting(offers.next());
            out.write(Json.createObjectBuilder(posting).remove("@context").build().toString());
            first = false;
        }
        out.write("]}");
    }

    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ClockProducer.PARIS));
    }
}
