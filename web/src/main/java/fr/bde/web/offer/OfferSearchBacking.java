package fr.bde.web.offer;

import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.offer.search.OfferSearchCriteria;
import fr.bde.offer.search.OfferSearchService;
import fr.bde.offer.search.OfferSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Public offer search (/offres/recherche.xhtml); criteria travel in the URL so a search can be bookmarked. */
@Named
@ViewScoped
public class OfferSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferSearchService search;

    private String keywords;
    private String region;
    private String contractType;
    private Long organisation;
    private OfferSearchCriteria.Sort sort;

    private final LazyDataModel<OfferSummary> results = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) lastPage().total();
        }

        @Override
        public List<OfferSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            Page<OfferSummary> page = search.search(criteria(), PageRequest.of(first, pageSize));
            lastPage = page;
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(OfferSummary offer) {
            return offer.reference();
        }
    };

    // a cache for this request cycle, not view state
    private transient Page<OfferSummary> lastPage;

    private Page<OfferSummary> lastPage() {
        if (lastPage == null) {
            lastPage = search.search(criteria(), PageRequest.of(0, 1));
        }
        return lastPage;
    }

    private OfferSearchCriteria criteria() {
        return new OfferSearchCriteria(keywords, region, contractType, organisation, null, sort);
    }

    /** Re-runs the search with the criteria as a bookmarkable GET. */
    public String search() {
        return "/offres/recherche.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** Number of matching offers, for the results heading. */
    public long getTotal() {
        return lastPage().total();
    }

    public LazyDataModel<OfferSummary> getResults() {
        return results;
    }

    public OfferSearchCriteria.Sort[] getSorts() {
        return OfferSearchCriteria.Sort.values();
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getContractType() {
        return contractType;
    }

    public void setContractType(String contractType) {
        this.contractType = contractType;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public OfferSearchCriteria.Sort getSort() {
        return sort;
    }

    public void setSort(OfferSearchCriteria.Sort sort) {
        this.sort = sort;
    }
}
