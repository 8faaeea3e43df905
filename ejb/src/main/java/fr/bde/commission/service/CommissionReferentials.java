package fr.bde.commission.service;

import fr.bde.talentpool.domain.AdcAction;
import fr.bde.talentpool.domain.EmploymentArea;
import fr.bde.talentpool.domain.Job;
import fr.bde.talentpool.domain.Skill;
import fr.bde.talentpool.domain.SkillTheme;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The SAR referentials (seeded by V14) in their display order, for the commission, partner and company forms. */
@PermitAll
@Stateless
public class CommissionReferentials {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    public List<EmploymentArea> areas() {
        return em.createQuery("select a from EmploymentArea a order by a.rankOrder", EmploymentArea.class).getResultList();
    }

    public List<Job> jobs() {
        return em.createQuery("select j from Job j order by j.rankOrder", Job.class).getResultList();
    }

    public List<SkillTheme> themes() {
        return em.createQuery("select t from SkillTheme t order by t.rankOrder", SkillTheme.class).getResultList();
    }

    public List<Skill> skills() {
        return em.createQuery("select s from Skill s order by s.rankOrder", Skill.class).getResultList();
    }

    public List<AdcAction> actions() {
        return em.createQuery("select a from AdcAction a order by a.rankOrder", AdcAction.class).getResultList();
    }
}
