package fr.bde.offer.search;

import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** A search result line, built from index projections without touching the database. */
@ProjectionConstructor
public record OfferSummary(
        @FieldProjection String reference,
        @FieldProjection String title,
        @FieldProjection(path = "organisation.id") Long organisationId,
        @FieldProjection(path = "organisation.nameKeyword") String organisationName,
        @FieldProjection(path = "departement.code") String departementCode,
        @FieldProjection(path = "departement.name") String departementName,
        @FieldProjection(path = "region.code") String regionCode,
        @FieldProjection(path = "region.name") String regionName,
        @FieldProjection(path = "contractType.code") String contractTypeCode,
        @FieldProjection(path = "contractType.label") String contractTypeLabel,
        @FieldProjection String summary,
        @FieldProjection Instant publishedAt,
        @FieldProjection LocalDate closingDate,
        @FieldProjection Boolean remoteWork) {
}
