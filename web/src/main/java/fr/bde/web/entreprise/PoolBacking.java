package fr.bde.web.entreprise;

import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.ProficiencyLevel;
import fr.bde.talentpool.domain.StudyLevel;
import fr.bde.talentpool.domain.TrainingLink;
import fr.bde.talentpool.service.OverdueSheetsException;
import fr.bde.talentpool.service.PoolCriteria;
import fr.bde.talentpool.service.PoolPage;
import fr.bde.talentpool.service.PoolSearchService;
import fr.bde.talentpool.service.SkillLine;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * "Recherche dans le vivier" (/entreprise/vivier.xhtml). A recruiter with overdue sheets is sent to
 * the list of those sheets with the seed's warning; the service refuses the search anyway.
 */
@Named
@ViewScoped
public class PoolBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PoolSearchService pool;

    private List<String> areas = new ArrayList<>();
    private String name;
    private List<String> jobs = new ArrayList<>();
    private List<StudyLevel> studyLevels = new ArrayList<>();
    private List<ExperienceBand> experienceBands = new ArrayList<>();
    private List<String> themes = new ArrayList<>();
    private List<ProficiencyLevel> levels = new ArrayList<>();
    private List<String> trainings = new ArrayList<>();
    private List<TrainingLink> trainingLinks = new ArrayList<>();
    private List<Classification> classifications = new ArrayList<>();
    private LocalDate classifiedFrom;
    private LocalDate classifiedBefore;
    private LocalDate situationChangedFrom;

    private PoolPage page;
    private List<SkillLine> skills = List.of();
    private String skillsOf;

    /** View action: blocked recruiters see their overdue sheets instead. */
    public void load() throws IOException {
        if (pool.overdueCount() > 0) {
            toOverdueSheets();
            return;
        }
        search();
    }

    /** The overdue sheets list with the seed's warning, where the pool sends a blocked recruiter. */
    static final String OVERDUE_SHEETS = "/entreprise/portefeuille.xhtml?vue=depassees&bloque=true";

    /** Redirects a blocked recruiter to their overdue sheets (also from an Ajax request). */
    static void toOverdueSheets() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + OVERDUE_SHEETS);
        context.responseComplete();
    }

    public void search() {
        read(0);
    }

    public void next() {
        read(page.first() + PoolSearchService.PAGE_SIZE);
    }

    public void previous() {
        read(Math.max(0, page.first() - PoolSearchService.PAGE_SIZE));
    }

    private void read(int first) {
        page = pool.search(criteria(), first, PoolSearchService.PAGE_SIZE);
    }

    PoolCriteria criteria() {
        return new PoolCriteria(new HashSet<>(areas), name, new HashSet<>(jobs), new HashSet<>(studyLevels),
                new HashSet<>(experienceBands), new HashSet<>(themes), new HashSet<>(levels), new HashSet<>(trainings),
                new HashSet<>(trainingLinks), new HashSet<>(classifications), classifiedFrom, classifiedBefore, situationChangedFrom);
    }

    /** "Voir les savoir faire": fills the overlay. */
    public void showSkills(Long profileId, String candidate) throws IOException {
        try {
            skills = pool.skills(profileId);
            skillsOf = candidate;
        } catch (OverdueSheetsException e) {
            // a sheet fell due while the results were shown
            toOverdueSheets();
        }
    }

    public PoolPage getPage() { return page; }
    public List<SkillLine> getSkills() { return skills; }
    public String getSkillsOf() { return skillsOf; }
    public List<String> getAreas() { return areas; }
    public void setAreas(List<String> areas) { this.areas = areas; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getJobs() { return jobs; }
    public void setJobs(List<String> jobs) { this.jobs = jobs; }
    public List<StudyLevel> getStudyLevels() { return studyLevels; }
    public void setStudyLevels(List<StudyLevel> studyLevels) { this.studyLevels = studyLevels; }
    public List<ExperienceBand> getExperienceBands() { return experienceBands; }
    public void setExperienceBands(List<ExperienceBand> experienceBands) { this.experienceBands = experienceBands; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes; }
    public List<ProficiencyLevel> getLevels() { return levels; }
    public void setLevels(List<ProficiencyLevel> levels) { this.levels = levels; }
    public List<String> getTrainings() { return trainings; }
    public void setTrainings(List<String> trainings) { this.trainings = trainings; }
    public List<TrainingLink> getTrainingLinks() { return trainingLinks; }
    public void setTrainingLinks(List<TrainingLink> trainingLinks) { this.trainingLinks = trainingLinks; }
    public List<Classification> getClassifications() { return classifications; }
    public void setClassifications(List<Classification> classifications) { this.classifications = classifications; }
    public LocalDate getClassifiedFrom() { return classifiedFrom; }
    public void setClassifiedFrom(LocalDate classifiedFrom) { this.classifiedFrom = classifiedFrom; }
    public LocalDate getClassifiedBefore() { return classifiedBefore; }
    public void setClassifiedBefore(LocalDate classifiedBefore) { this.classifiedBefore = classifiedBefore; }
    public LocalDate getSituationChangedFrom() { return situationChangedFrom; }
    public void setSituationChangedFrom(LocalDate situationChangedFrom) { this.situationChangedFrom = situationChangedFrom; }
}
