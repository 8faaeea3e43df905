package fr.bde.web.offer;

import fr.bde.common.PageRequest;
import fr.bde.offer.search.OfferSearchCriteria;
import fr.bde.offer.search.OfferSearchService;
import fr.bde.offer.search.OfferSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Home page: the newest published offers. */
@Named
@RequestScoped
public class HomeBacking {

    static final int LATEST = 6;

    @Inject
    private OfferSearchService search;

    private List<OfferSummary> latest;

    public List<OfferSummary> getLatest() {
        if (latest == null) {
            latest = search.search(OfferSearchCriteria.all(), PageRequest.of(0, LATEST)).items();
        }
        return latest;
    }
}
