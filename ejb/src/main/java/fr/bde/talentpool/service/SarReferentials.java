package fr.bde.talentpool.service;

import fr.bde.talentpool.domain.AdcAction;
import fr.bde.talentpool.domain.EmploymentArea;
import fr.bde.talentpool.domain.Job;
import fr.bde.talentpool.domain.JobFamily;
import fr.bde.talentpool.domain.Skill;
import fr.bde.talentpool.domain.SkillTheme;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The SAR referentials (seeded by V14, never changed at run time), read once and kept in memory. */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SarReferentials {

    public record Item(String code, String label) {
    }

    /** An action of the ADC training catalogue ("catalogue des actions ADC", menu Informations). */
    public record CatalogueEntry(String code, String label, String kind, int durationMonths, String description) {
    }

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    private volatile Map<String, String> areas;
    private volatile Map<String, String> jobs;
    private volatile Map<String, String> jobFamilyOfJob;
    private volatile Map<String, String> families;
    private volatile Map<String, String> themes;
    private volatile Map<String, String> skills;
    private volatile Map<String, String> actions;
    private volatile List<CatalogueEntry> catalogue;

    @PostConstruct
    void load() {
        areas = labels("select a from EmploymentArea a order by a.rankOrder", EmploymentArea.class, EmploymentArea::getCode,
                EmploymentArea::getLabel);
        families = labels("select f from JobFamily f order by f.rankOrder", JobFamily.class, JobFamily::getCode,
                JobFamily::getLabel);
        jobs = labels("select j from Job j order by j.rankOrder", Job.class, Job::getCode, Job::getLabel);
        jobFamilyOfJob = labels("select j from Job j order by j.rankOrder", Job.class, Job::getCode, Job::getFamilyCode);
        themes = labels("select t from SkillTheme t order by t.rankOrder", SkillTheme.class, SkillTheme::getCode,
                SkillTheme::getLabel);
        skills = labels("select s from Skill s order by s.themeCode, s.rankOrder", Skill.class, Skill::getCode, Skill::getLabel);
        catalogue = em.createQuery("select a from AdcAction a order by a.rankOrder", AdcAction.class).getResultStream()
                .map(a -> new CatalogueEntry(a.getCode(), a.getLabel(), a.getKind(), a.getDurationMonths(), a.getDescription()))
                .toList();
        actions = catalogue.stream().collect(Collectors.toMap(CatalogueEntry::code, CatalogueEntry::label, (a, b) -> a,
                LinkedHashMap::new));
    }

    private <T> Map<String, String> labels(String jpql, Class<T> type, Function<T, String> code, Function<T, String> label) {
        return em.createQuery(jpql, type).getResultStream()
                .collect(Collectors.toMap(code, label, (a, b) -> a, LinkedHashMap::new));
    }

    public List<Item> areas() { return items(areas); }
    public List<Item> jobs() { return items(jobs); }
    public List<Item> themes() { return items(themes); }
    public List<Item> actions() { return items(actions); }
    public List<CatalogueEntry> catalogue() { return catalogue; }

    public String area(String code) { return code == null ? "" : areas.getOrDefault(code, code); }
    public String job(String code) { return jobs.getOrDefault(code, code); }
    public String jobFamily(String jobCode) { return families.getOrDefault(jobFamilyOfJob.get(jobCode), ""); }
    public String theme(String code) { return themes.getOrDefault(code, code); }
    public String skill(String code) { return skills.getOrDefault(code, code); }
    public String action(String code) { return actions.getOrDefault(code, code); }
    public int themeRank(String code) { return List.copyOf(themes.keySet()).indexOf(code); }

    private static List<Item> items(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> new Item(e.getKey(), e.getValue())).toList();
    }
}
