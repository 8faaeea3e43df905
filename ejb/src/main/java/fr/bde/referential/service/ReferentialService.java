package fr.bde.referential.service;

import jakarta.annotation.security.PermitAll;
import fr.bde.organisation.domain.Organisation;
import fr.bde.referential.domain.ContractType;
import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.EducationLevel;
import fr.bde.referential.domain.QualificationLevel;
import fr.bde.referential.domain.Region;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Read access to the referentials, for forms and filters. */
@PermitAll
@Stateless
public class ReferentialService {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    public List<Region> regions() {
        return em.createQuery("select r from Region r order by r.name", Region.class).getResultList();
    }

    public List<Departement> departements() {
        return em.createQuery("select d from Departement d join fetch d.region order by d.code", Departement.class)
                .getResultList();
    }

    public List<ContractType> contractTypes() {
        return em.createQuery("select c from ContractType c order by c.rankOrder", ContractType.class).getResultList();
    }

    public List<EducationLevel> educationLevels() {
        return em.createQuery("select e from EducationLevel e order by e.rankOrder", EducationLevel.class)
                .getResultList();
    }

    public List<QualificationLevel> qualificationLevels() {
        return em.createQuery("select q from QualificationLevel q order by q.rankOrder", QualificationLevel.class)
                .getResultList();
    }

    public List<Organisation> organisations() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultList();
    }

    public List<fr.bde.referential.domain.Branch> branches() {
        return em.createQuery("select b from Branch b order by b.name", fr.bde.referential.domain.Branch.class)
                .getResultList();
    }

    public List<fr.bde.referential.domain.Scheme> schemes() {
        return em.createQuery("select s from Scheme s order by s.name", fr.bde.referential.domain.Scheme.class)
                .getResultList();
    }

    public <T> T find(Class<T> type, Object code) {
        return code == null ? null : em.find(type, code);
    }
}
