package fr.bde.api.rest;

import fr.bde.publication.domain.Channel;
import fr.bde.publication.service.FeedService;
import fr.bde.publication.service.PublicationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The outbound feeds of the publication channels, pulled by job sites and the national funds'
 * systems: each lists the offers live on that channel, as that channel may show them (education
 * level only on job boards and diversity sites, salary on institutional sites only when the
 * recruiter chose to show it). A withdrawn offer leaves the feed at once.
 */
@Path("/v1/feeds")
@RequestScoped
@Tag(name = "Feeds")
public class FeedResource {

    static final String JSON_LD = "application/ld+json";

    @Inject
    private FeedService feeds;

    @Inject
    private PublicationService publications;

    @Context
    private UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Active publication channels and their feeds",
            description = "ucanss.fr first, then the order of the channel list.")
    @APIResponse(responseCode = "200", description = "The channels",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FeedDto.class)))
    public List<FeedDto> list() {
        return publications.activeChannels().stream().map(this::toDto).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "The feed of one channel",
            description = "Live offers of the channel, newest first, streamed. XML channels (Apec, Pôle emploi and "
                    + "most diversity sites) get <jobs><job reference=\"…\">…</job></jobs>; the others a schema.org "
                    + "ItemList of JobPosting objects (JSON-LD).")
    @APIResponse(responseCode = "200", description = "The feed",
            content = {@Content(mediaType = MediaType.APPLICATION_XML), @Content(mediaType = JSON_LD)})
    @APIResponse(responseCode = "404", description = "No active channel has this code",
            content = @Content(mediaType = ProblemDto.MEDIA_TYPE, schema = @Schema(implementation = ProblemDto.class)))
    public Response feed(@Parameter(description = "Channel code, e.g. UCANSS, APEC, LACAFRECRUTE") @PathParam("code")
                         String code) {
        Channel channel = feeds.channel(code);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 16 * 1024);
            feeds.writeFeed(channel, writer);
            writer.flush();
        };
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        return Response.ok(body, feeds.contentType(channel)).cacheControl(cache).build();
    }

    private FeedDto toDto(Channel channel) {
        String url = uriInfo.getBaseUriBuilder().path(FeedResource.class).path(channel.getCode()).build().toString();
        return new FeedDto(channel.getCode(), channel.getName(), channel.getSiteUrl(), channel.getKind().name(),
                channel.getFeedFormat().name(), feeds.contentType(channel), url);
    }
}
