package fr.bde.web.commission;

import fr.bde.commission.service.CandidateOpinions;
import fr.bde.commission.service.ConsolidatedResultsService;
import fr.bde.commission.service.RecruitedCount;
import fr.bde.web.common.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Results across companies for the commission (/commission/resultats.xhtml). */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsolidatedResultsService results;

    private PagedRows<CandidateOpinions> rows;
    private RecruitedCount recruited;

    @PostConstruct
    void init() {
        ConsolidatedResultsService service = results;
        rows = new PagedRows<>(service::opinions, CandidateOpinions::profileId);
        recruited = results.recruited();
    }

    public PagedRows<CandidateOpinions> getRows() {
        return rows;
    }

    public RecruitedCount getRecruited() {
        return recruited;
    }
}
