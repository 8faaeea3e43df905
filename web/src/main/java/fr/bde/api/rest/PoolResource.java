package fr.bde.api.rest;

import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.ProficiencyLevel;
import fr.bde.talentpool.domain.StudyLevel;
import fr.bde.talentpool.domain.TrainingLink;
import fr.bde.talentpool.service.PoolCriteria;
import fr.bde.talentpool.service.PoolPage;
import fr.bde.talentpool.service.PoolSearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The SAR talent pool for company recruiters (seed 002), with the same filters and rules as the
 * screen: candidates of the caller's company portfolio left out, refused while the caller has
 * overdue follow-up sheets. Repeat a parameter to give several values.
 */
@Path("/v1/pool/profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PoolResource {

    @Inject
    private PoolSearchService pool;

    @GET
    @Operation(summary = "Search the talent pool", description = "Profiles matching every given criterion, newest "
            + "classification first. Refused (400) while the caller has overdue follow-up sheets.")
    @APIResponse(responseCode = "200", description = "A page of profiles",
            content = @Content(schema = @Schema(implementation = PoolPageDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter, or overdue follow-up sheets",
            content = @Content(mediaType = ProblemDto.MEDIA_TYPE, schema = @Schema(implementation = ProblemDto.class)))
    public PoolPageDto search(
            @Parameter(description = "Employment area code, e.g. BAS_RHIN") @QueryParam("area") List<String> areas,
            @Parameter(description = "Part of the last or first name") @QueryParam("name") String name,
            @Parameter(description = "Current job code, e.g. PROD_1") @QueryParam("job") List<String> jobs,
            @Parameter(description = "Study level: BELOW_BAC … ABOVE_BAC_5") @QueryParam("studyLevel") List<String> studies,
            @Parameter(description = "Digital experience band") @QueryParam("experience") List<String> bands,
            @Parameter(description = "Skill theme code, e.g. DEV_LANG") @QueryParam("theme") List<String> themes,
            @Parameter(description = "BEGINNER, OPERATIONAL or EXPERIENCED") @QueryParam("level") List<String> levels,
            @Parameter(description = "ADC training action code") @QueryParam("training") List<String> trainings,
            @Parameter(description = "Link to the training: INTERESTED, WAITING_FOR_SESSION, IN_TRAINING or SEEKING_JOB_AFTER")
            @QueryParam("trainingLink") List<String> links,
            @Parameter(description = "EMPLOYABLE or ADAPTABLE") @QueryParam("classification") List<String> classifications,
            @Parameter(description = "Classified from (yyyy-mm-dd)") @QueryParam("classifiedFrom") String classifiedFrom,
            @Parameter(description = "Classified before (yyyy-mm-dd)") @QueryParam("classifiedBefore") String classifiedBefore,
            @Parameter(description = "Situation changed from (yyyy-mm-dd)") @QueryParam("situationChangedFrom") String changedFrom,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidParameterException("page/size");
        }
        PoolCriteria criteria = new PoolCriteria(Set.copyOf(areas), name, Set.copyOf(jobs),
                enums(StudyLevel.class, studies, "studyLevel"), enums(ExperienceBand.class, bands, "experience"),
                Set.copyOf(themes), enums(ProficiencyLevel.class, levels, "level"), Set.copyOf(trainings),
                enums(TrainingLink.class, links, "trainingLink"), enums(Classification.class, classifications, "classification"), date(classifiedFrom, "classifiedFrom"),
                date(classifiedBefore, "classifiedBefore"), date(changedFrom, "situationChangedFrom"));
        PoolPage result = pool.search(criteria, page * size, size);
        return new PoolPageDto(result.rows().stream().map(r -> new PoolProfileDto(r.id(), r.civility().name(), r.lastName(),
                r.firstName(), r.area(), r.city(), r.currentJobs(), name(r.classification()), r.classifiedAt(),
                name(r.studyLevel()), name(r.digitalExperience()))).toList(), page, size, result.hasNext());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values, String parameter) {
        try {
            return values.stream().map(v -> Enum.valueOf(type, v)).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter);
        }
    }

    private static LocalDate date(String value, String parameter) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter);
        }
    }
}
