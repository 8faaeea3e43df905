package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.followup.domain.FollowUpSheet;
import fr.bde.talentpool.domain.TalentProfile;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Recruitment support (SAR, seed 002) on the deployed EAR: referentials, demo pool and portfolios. */
@ExtendWith(ArquillianExtension.class)
class RecruitmentSupportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(RecruitmentSupportIT.class);
    }

    @PersistenceContext(unitName = "bde")
    EntityManager em;

    @Test
    void referentialsAndDemoPoolAreLoaded() {
        assertEquals(28L, em.createQuery("select count(t) from SkillTheme t").getSingleResult());
        assertTrue((Long) em.createQuery("select count(s) from Skill s").getSingleResult() >= 300);
        TalentProfile profile = em.createQuery("select p from TalentProfile p where p.lastName = 'DELEAN'", TalentProfile.class)
                .getSingleResult();
        assertTrue(profile.isInPool());
        assertEquals(5, profile.getAssessment().size());
        assertTrue(em.createQuery("select count(s) from TalentProfile p join p.skills s where p.id = :id", Long.class)
                .setParameter("id", profile.getId()).getSingleResult() > 0);
        assertTrue(em.createQuery("select count(p) from TalentProfile p", Long.class).getSingleResult() >= 40);
        assertEquals(3L, em.createQuery("select count(s) from FollowUpSheet s", Long.class).getSingleResult());
        FollowUpSheet late = em.createQuery("select s from FollowUpSheet s where s.createdBy.login = 'recruteur.echeance'"
                + " order by s.dueDate", FollowUpSheet.class).setMaxResults(1).getSingleResult();
        assertTrue(late.getDueDate().isBefore(java.time.LocalDate.now()));
    }
}
