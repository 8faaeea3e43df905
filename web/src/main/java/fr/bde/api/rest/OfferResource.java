package fr.bde.api.rest;

import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.offer.search.OfferSearchCriteria;
import fr.bde.offer.search.OfferSearchService;
import fr.bde.offer.search.OfferSummary;
import fr.bde.offer.service.OfferService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published offers, for the national funds' systems and partner sites. */
@Path("/v1/offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
public class OfferResource {

    @Inject
    private OfferSearchService search;

    @Inject
    private OfferService offers;

    @GET
    @Operation(summary = "Search published offers", description = "Full-text search (French analysis) with filters, "
            + "newest first unless keywords are given (then by relevance).")
    @APIResponse(responseCode = "200", description = "A page of offers",
            content = @Content(schema = @Schema(implementation = OfferPageDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = ProblemDto.MEDIA_TYPE, schema = @Schema(implementation = ProblemDto.class)))
    public OfferPageDto list(
            @Parameter(description = "Keywords (title, description, organisation)") @QueryParam("q") String keywords,
            @Parameter(description = "Region INSEE code, e.g. 11") @QueryParam("region") String region,
            @Parameter(description = "Contract type code: CDI, CDD, PROFESSIONALISATION, INTERNSHIP, "
                    + "INTERNAL_MISSION, INSTITUTIONAL_MISSION") @QueryParam("contractType") String contractType,
            @Parameter(description = "Organisation id") @QueryParam("organisation") Long organisation,
            @Parameter(description = "RELEVANCE, NEWEST, TITLE or CLOSING") @QueryParam("sort") String sort,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > PageRequest.MAX_SIZE) {
            throw new InvalidParameterException("page/size");
        }
        OfferSearchCriteria.Sort order = parseSort(sort);
        Page<OfferSummary> result = search.search(
                new OfferSearchCriteria(keywords, region, contractType, organisation, null, order),
                PageRequest.of(page * size, size));
        return new OfferPageDto(result.items().stream().map(OfferAssembler::toDto).toList(), result.total(), page, size);
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "One published offer")
    @APIResponse(responseCode = "200", description = "The offer",
            content = @Content(schema = @Schema(implementation = OfferDetailDto.class)))
    @APIResponse(responseCode = "404", description = "No published offer has this reference",
            content = @Content(mediaType = ProblemDto.MEDIA_TYPE, schema = @Schema(implementation = ProblemDto.class)))
    public OfferDetailDto get(@PathParam("reference") String reference) {
        return OfferAssembler.toDetail(offers.findPublished(reference));
    }

    private static OfferSearchCriteria.Sort parseSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        try {
            return OfferSearchCriteria.Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("sort");
        }
    }
}
