package fr.bde.web.recruiter;

import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.service.ApplicationRow;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Applications received for one offer (/recruteur/candidatures.xhtml?offre=…). */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferService offers;

    @Inject
    private JobApplicationService applications;

    private Long offerId;
    private String offerReference;
    private String offerTitle;

    private final LazyDataModel<ApplicationRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) applications.listForOffer(offerId, PageRequest.of(0, 1)).total();
        }

        @Override
        public List<ApplicationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            Page<ApplicationRow> page = applications.listForOffer(offerId, new PageRequest(first, pageSize,
                    sort == null ? null : sort.getField(), sort != null && sort.getOrder() == SortOrder.ASCENDING));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ApplicationRow row) {
            return String.valueOf(row.id());
        }
    };

    /** viewAction: another organisation's offer gives a 403. */
    public void load() {
        JobOffer offer = offers.getForRecruiter(offerId);
        offerReference = offer.getReference();
        offerTitle = offer.getTitle();
    }

    public LazyDataModel<ApplicationRow> getRows() {
        return rows;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public String getOfferReference() {
        return offerReference;
    }

    public String getOfferTitle() {
        return offerTitle;
    }
}
