package fr.bde.offer.search;

import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Public search over published offers, served by the full-text index (Lucene, or Elasticsearch when clustered). */
@Stateless
@PermitAll
// served from the index alone: no database transaction to open per search
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OfferSearchService {

    private static final int MAX_KEYWORDS_LENGTH = 200;

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    public Page<OfferSummary> search(OfferSearchCriteria criteria, PageRequest page) {
        SearchSession session = Search.session(em);
        SearchResult<OfferSummary> result = session.search(JobOffer.class)
                .select(OfferSummary.class)
                .where(f -> {
                    // filters do not score: only the keywords decide relevance
                    var query = f.bool().filter(f.match().field("status").matching(OfferStatus.PUBLISHED));
                    String keywords = criteria.keywords();
                    if (keywords != null && !keywords.isBlank()) {
                        String text = keywords.length() > MAX_KEYWORDS_LENGTH
                                ? keywords.substring(0, MAX_KEYWORDS_LENGTH) : keywords;
                        query = query.must(f.simpleQueryString()
                                .field("title").boost(3.0f)
                                .field("description")
                                .field("organisation.name").boost(2.0f)
                                .matching(text)
                                .defaultOperator(BooleanOperator.AND));
                    }
                    if (notBlank(criteria.regionCode())) {
                        query = query.filter(f.match().field("region.code").matching(criteria.regionCode()));
                    }
                    if (notBlank(criteria.contractTypeCode())) {
                        query = query.filter(f.match().field("contractType.code").matching(criteria.contractTypeCode()));
                    }
                    if (notBlank(criteria.departementCode())) {
                        query = query.filter(f.match().field("departement.code").matching(criteria.departementCode()));
                    }
                    if (notBlank(criteria.branchCode())) {
                        query = query.filter(f.match().field("branchCode").matching(criteria.branchCode()));
                    }
                    if (notBlank(criteria.qualificationLevelCode())) {
                        query = query.filter(f.match().field("qualificationLevel.code")
                                .matching(criteria.qualificationLevelCode()));
                    }
                    if (criteria.remoteOnly()) {
                        query = query.filter(f.match().field("remoteWork").matching(true));
                    }
                    if (criteria.organisationId() != null) {
                        query = query.filter(f.match().field("organisation.id").matching(criteria.organisationId()));
                    }
                    if (criteria.publishedSince() != null) {
                        query = query.filter(f.range().field("publishedAt").atLeast(criteria.publishedSince()));
                    }
                    return query;
                })
                .sort(f -> switch (criteria.sort()) {
                    case RELEVANCE -> f.score().then().field("publishedAt").desc();
                    case NEWEST -> f.field("publishedAt").desc().then().field("reference");
                    case OLDEST -> f.field("publishedAt").asc().then().field("reference");
                    case TITLE -> f.field("titleSort").then().field("reference");
                    case CLOSING -> f.field("closingDate").missing().last().then().field("reference");
                })
                .fetch(page.first(), page.size());
        return new Page<>(result.hits(), result.total().hitCount());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
