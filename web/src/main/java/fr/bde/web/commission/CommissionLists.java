package fr.bde.web.commission;

import fr.bde.talentpool.domain.AdcAction;
import fr.bde.talentpool.domain.AssessmentAxis;
import fr.bde.talentpool.domain.BehaviourTrait;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.CompanyType;
import fr.bde.talentpool.domain.ContractSought;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.talentpool.domain.EmploymentArea;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.Job;
import fr.bde.talentpool.domain.MobilityFrequency;
import fr.bde.talentpool.domain.MobilityZone;
import fr.bde.talentpool.domain.ProficiencyLevel;
import fr.bde.talentpool.domain.SalaryBand;
import fr.bde.talentpool.domain.Situation;
import fr.bde.talentpool.domain.Skill;
import fr.bde.talentpool.domain.SkillTheme;
import fr.bde.talentpool.domain.StudyLevel;
import fr.bde.talentpool.domain.SubmissionStatus;
import fr.bde.talentpool.domain.TrainingLink;
import fr.bde.trainingneed.domain.TrainingNeedStatus;
import fr.bde.commission.service.CommissionReferentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Choice lists of the SAR screens: referentials (once per request) and the seed's fixed values. */
@Named
@RequestScoped
public class CommissionLists {

    @Inject
    private CommissionReferentials referentials;

    private List<EmploymentArea> areas;
    private List<Job> jobs;
    private List<SkillTheme> themes;
    private Map<String, List<Skill>> skillsByTheme;
    private List<AdcAction> actions;
    private Map<String, String> jobLabels;
    private Map<String, String> skillLabels;
    private Map<String, String> themeLabels;
    private Map<String, String> areaLabels;
    private Map<String, String> actionLabels;

    public List<EmploymentArea> getAreas() {
        if (areas == null) {
            areas = referentials.areas();
        }
        return areas;
    }

    public List<Job> getJobs() {
        if (jobs == null) {
            jobs = referentials.jobs();
        }
        return jobs;
    }

    public List<SkillTheme> getThemes() {
        if (themes == null) {
            themes = referentials.themes();
        }
        return themes;
    }

    public Map<String, List<Skill>> getSkillsByTheme() {
        if (skillsByTheme == null) {
            skillsByTheme = new LinkedHashMap<>();
            getThemes().forEach(t -> skillsByTheme.put(t.getCode(), new java.util.ArrayList<>()));
            referentials.skills().forEach(s -> skillsByTheme.computeIfAbsent(s.getThemeCode(), k -> new java.util.ArrayList<>()).add(s));
        }
        return skillsByTheme;
    }

    public List<AdcAction> getActions() {
        if (actions == null) {
            actions = referentials.actions();
        }
        return actions;
    }

    /** Skills grouped by theme, for a select with option groups. */
    public List<jakarta.faces.model.SelectItem> getSkillItems() {
        List<jakarta.faces.model.SelectItem> groups = new java.util.ArrayList<>();
        for (SkillTheme theme : getThemes()) {
            List<Skill> skills = getSkillsByTheme().getOrDefault(theme.getCode(), List.of());
            jakarta.faces.model.SelectItemGroup group = new jakarta.faces.model.SelectItemGroup(theme.getLabel());
            group.setSelectItems(skills.stream().map(s -> new jakarta.faces.model.SelectItem(s.getCode(), s.getLabel()))
                    .toArray(jakarta.faces.model.SelectItem[]::new));
            groups.add(group);
        }
        return groups;
    }

    public String job(String code) {
        if (jobLabels == null) {
            jobLabels = new LinkedHashMap<>();
            getJobs().forEach(j -> jobLabels.put(j.getCode(), j.getLabel()));
        }
        return jobLabels.getOrDefault(code, code);
    }

    public String skill(String code) {
        if (skillLabels == null) {
            skillLabels = new LinkedHashMap<>();
            getSkillsByTheme().values().forEach(list -> list.forEach(s -> skillLabels.put(s.getCode(), s.getLabel())));
        }
        return skillLabels.getOrDefault(code, code);
    }

    public String theme(String code) {
        if (themeLabels == null) {
            themeLabels = new LinkedHashMap<>();
            getThemes().forEach(t -> themeLabels.put(t.getCode(), t.getLabel()));
        }
        return themeLabels.getOrDefault(code, code);
    }

    public String area(String code) {
        if (code == null) {
            return "";
        }
        if (areaLabels == null) {
            areaLabels = new LinkedHashMap<>();
            getAreas().forEach(a -> areaLabels.put(a.getCode(), a.getLabel()));
        }
        return areaLabels.getOrDefault(code, code);
    }

    public String action(String code) {
        if (actionLabels == null) {
            actionLabels = new LinkedHashMap<>();
            getActions().forEach(a -> actionLabels.put(a.getCode(), a.getLabel()));
        }
        return actionLabels.getOrDefault(code, code);
    }

    public Civility[] getCivilities() { return Civility.values(); }
    public Classification[] getClassifications() { return Classification.values(); }
    public Situation[] getSituations() { return Situation.values(); }
    public SubmissionStatus[] getSubmissionStatuses() { return SubmissionStatus.values(); }
    public AssessmentAxis[] getAxes() { return AssessmentAxis.values(); }
    public List<Integer> getLevels() {
        return IntStream.rangeClosed(AssessmentAxis.MIN_LEVEL, AssessmentAxis.MAX_LEVEL).boxed().toList();
    }
    public ProficiencyLevel[] getProficiencies() { return ProficiencyLevel.values(); }
    public TrainingLink[] getTrainingLinks() { return TrainingLink.values(); }
    public BehaviourTrait[] getTraits() { return BehaviourTrait.values(); }
    public MobilityZone[] getZones() { return MobilityZone.values(); }
    public MobilityFrequency[] getFrequencies() { return MobilityFrequency.values(); }
    public ExperienceBand[] getExperienceBands() { return ExperienceBand.values(); }
    public StudyLevel[] getStudyLevels() { return StudyLevel.values(); }
    public CompanyType[] getCompanyTypes() { return CompanyType.values(); }
    public ContractSought[] getContracts() { return ContractSought.values(); }
    public SalaryBand[] getSalaryBands() { return SalaryBand.values(); }
    public DocumentKind[] getDocumentKinds() { return DocumentKind.values(); }
    public TrainingNeedStatus[] getNeedStatuses() { return TrainingNeedStatus.values(); }
}
