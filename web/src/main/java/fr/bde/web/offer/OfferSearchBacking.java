package fr.bde.web.offer;

import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.offer.search.OfferSearchCriteria;
import fr.bde.offer.search.OfferSearchService;
import fr.bde.offer.search.OfferSummary;
import fr.bde.alert.domain.AlertCriteria;
import fr.bde.alert.domain.AlertPeriod;
import fr.bde.alert.service.JobAlertService;
import fr.bde.common.BusinessException;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    /** Publication date choices of the form, in days. */
    private static final List<Integer> SINCE_CHOICES = List.of(1, 7, 30);

    @Inject
    private OfferSearchService search;

    @Inject
    private JobAlertService alerts;

    @Inject
    private Clock clock;

    private String keywords;
    private String region;
    private String departement;
    private String contractType;
    private Long organisation;
    private String branch;
    private String qualificationLevel;
    private Integer since;
    private boolean remote;
    private OfferSearchCriteria.Sort sort;
    private AlertPeriod alertPeriod = AlertPeriod.THREE_MONTHS;

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
        Instant publishedSince = since == null || !SINCE_CHOICES.contains(since) ? null
                : clock.instant().minus(Duration.ofDays(since));
        return new OfferSearchCriteria(keywords, region, departement, contractType, organisation, branch,
                qualificationLevel, remote, publishedSince, sort);
    }

    /** Saves the current criteria (all but the publication date and the order) as an e-mail alert. */
    public String saveAlert() {
        try {
            alerts.create(new AlertCriteria(keywords, region, departement, organisation, branch, contractType,
                    qualificationLevel, remote), alertPeriod);
        } catch (BusinessException e) {
            Messages.error("alertForm", e);
            return null;
        }
        Messages.info("alert.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/espace/candidat/alertes?faces-redirect=true";
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

    public List<Integer> getSinceChoices() {
        return SINCE_CHOICES;
    }

    public AlertPeriod[] getAlertPeriods() {
        return AlertPeriod.values();
    }

    public AlertPeriod getAlertPeriod() {
        return alertPeriod;
    }

    public void setAlertPeriod(AlertPeriod alertPeriod) {
        this.alertPeriod = alertPeriod;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public String getQualificationLevel() {
        return qualificationLevel;
    }

    public void setQualificationLevel(String qualificationLevel) {
        this.qualificationLevel = qualificationLevel;
    }

    public Integer getSince() {
        return since;
    }

    public void setSince(Integer since) {
        this.since = since;
    }

    public boolean isRemote() {
        return remote;
    }

    public void setRemote(boolean remote) {
        this.remote = remote;
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
