package fr.bde.web.entreprise;

import fr.bde.followup.domain.SheetAction;
import fr.bde.followup.domain.SheetResult;
import fr.bde.followup.domain.SheetStatus;
import fr.bde.followup.service.FollowUpSheetService;
import fr.bde.followup.service.PortfolioCriteria;
import fr.bde.followup.service.PortfolioRow;
import fr.bde.common.PageRequest;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.ProficiencyLevel;
import fr.bde.talentpool.service.CompanyDirectory;
import fr.bde.talentpool.service.PoolSearchService;
import fr.bde.web.Messages;
import fr.bde.web.common.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The company portfolio (/entreprise/portefeuille.xhtml): the company's sheets with
 * the seed's filters and the shortcuts "my sheets" (vue=mes) and "my overdue sheets"
 * (vue=depassees, also where a blocked pool search lands: bloque=true).
 */
@Named
@ViewScoped
public class PortfolioBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FollowUpSheetService sheets;

    @Inject
    private CompanyDirectory companies;

    @Inject
    private PoolSearchService pool;

    private String view;
    private boolean blocked;

    private List<String> areas = new ArrayList<>();
    private FollowUpSheetService.CandidateName candidate;
    private List<Long> recruiters = new ArrayList<>();
    private List<String> jobs = new ArrayList<>();
    private List<Classification> classifications = new ArrayList<>();
    private List<SheetStatus> statuses = new ArrayList<>();
    private List<SheetResult> results = new ArrayList<>();
    private List<SheetAction> actions = new ArrayList<>();
    private String noResponse;
    private List<String> themes = new ArrayList<>();
    private List<ProficiencyLevel> levels = new ArrayList<>();
    private LocalDate createdFrom;
    private LocalDate dueBefore;

    private List<CompanyDirectory.Recruiter> colleagues;
    private PortfolioCriteria criteria = PortfolioCriteria.all();

    private String sortField;
    private boolean ascending;

    private final PagedRows<PortfolioRow> rows = new PagedRows<>(request -> sheets.portfolio(criteria,
            new PageRequest(request.first(), request.size(), sortField, ascending)), PortfolioRow::sheetId);

    /** Created / due date columns: the first click sorts descending, the next one ascending, and so on. */
    public void sort(String field) {
        ascending = field.equals(sortField) && !ascending;
        sortField = field;
    }

    /** An arrow after the sorted column's title. */
    public String sortMark(String field) {
        return field.equals(sortField) ? (ascending ? " \u25b2" : " \u25bc") : "";
    }

    public void load() {
        colleagues = companies.colleagues();
        if (blocked && pool.overdueCount() > 0) {
            Messages.error(null, "sar.pool.blocked.warning");
        }
        criteria = build();
    }

    public void filter() {
        criteria = build();
    }

    public void mine() {
        view = "mes";
        criteria = build();
    }

    public void overdue() {
        view = "depassees";
        criteria = build();
    }

    public void all() {
        view = null;
        criteria = build();
    }

    private PortfolioCriteria build() {
        if (isOverdueView()) {
            // the seed's overdue view filters on area, actions done, status and result only
            return new PortfolioCriteria(new HashSet<>(areas), null, Set.of(), Set.of(), Set.of(), new HashSet<>(statuses),
                    new HashSet<>(results), new HashSet<>(actions), null, Set.of(), Set.of(), null, null, false, true);
        }
        Boolean noAnswer = noResponse == null || noResponse.isEmpty() ? null : Boolean.valueOf(noResponse);
        return new PortfolioCriteria(new HashSet<>(areas), candidate == null ? null : candidate.profileId(),
                new HashSet<>(recruiters), new HashSet<>(jobs), new HashSet<>(classifications), new HashSet<>(statuses),
                new HashSet<>(results), new HashSet<>(actions), noAnswer, new HashSet<>(themes), new HashSet<>(levels),
                createdFrom, dueBefore, "mes".equals(view), "depassees".equals(view));
    }

    public List<FollowUpSheetService.CandidateName> completeCandidate(String query) {
        return sheets.candidateNames(query);
    }

    public boolean isOverdueView() {
        return "depassees".equals(view);
    }

    public PagedRows<PortfolioRow> getRows() { return rows; }
    public List<CompanyDirectory.Recruiter> getColleagues() { return colleagues; }
    public String getView() { return view; }
    public void setView(String view) { this.view = view; }
    public boolean isBlocked() { return blocked; }
    public void setBlocked(boolean blocked) { this.blocked = blocked; }
    public List<String> getAreas() { return areas; }
    public void setAreas(List<String> areas) { this.areas = areas; }
    public FollowUpSheetService.CandidateName getCandidate() { return candidate; }
    public void setCandidate(FollowUpSheetService.CandidateName candidate) { this.candidate = candidate; }
    public List<Long> getRecruiters() { return recruiters; }
    public void setRecruiters(List<Long> recruiters) { this.recruiters = recruiters; }
    public List<String> getJobs() { return jobs; }
    public void setJobs(List<String> jobs) { this.jobs = jobs; }
    public List<Classification> getClassifications() { return classifications; }
    public void setClassifications(List<Classification> classifications) { this.classifications = classifications; }
    public List<SheetStatus> getStatuses() { return statuses; }
    public void setStatuses(List<SheetStatus> statuses) { this.statuses = statuses; }
    public List<SheetResult> getResults() { return results; }
    public void setResults(List<SheetResult> results) { this.results = results; }
    public List<SheetAction> getActions() { return actions; }
    public void setActions(List<SheetAction> actions) { this.actions = actions; }
    public String getNoResponse() { return noResponse; }
    public void setNoResponse(String noResponse) { this.noResponse = noResponse; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes; }
    public List<ProficiencyLevel> getLevels() { return levels; }
    public void setLevels(List<ProficiencyLevel> levels) { this.levels = levels; }
    public LocalDate getCreatedFrom() { return createdFrom; }
    public void setCreatedFrom(LocalDate createdFrom) { this.createdFrom = createdFrom; }
    public LocalDate getDueBefore() { return dueBefore; }
    public void setDueBefore(LocalDate dueBefore) { this.dueBefore = dueBefore; }
}
