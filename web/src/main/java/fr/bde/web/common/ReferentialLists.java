package fr.bde.web.common;

import fr.bde.organisation.domain.Organisation;
import fr.bde.referential.domain.ContractType;
import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.EducationLevel;
import fr.bde.referential.domain.QualificationLevel;
import fr.bde.referential.domain.Region;
import fr.bde.referential.service.ReferentialService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Choice lists for forms and filters (loaded once per request that needs them). */
@Named
@RequestScoped
public class ReferentialLists {

    @Inject
    private ReferentialService referentials;

    private List<Region> regions;
    private List<Departement> departements;
    private List<ContractType> contractTypes;
    private List<QualificationLevel> qualificationLevels;
    private List<EducationLevel> educationLevels;
    private List<Organisation> organisations;
    private List<fr.bde.referential.domain.Branch> branches;

    public List<Region> getRegions() {
        if (regions == null) {
            regions = referentials.regions();
        }
        return regions;
    }

    public List<Departement> getDepartements() {
        if (departements == null) {
            departements = referentials.departements();
        }
        return departements;
    }

    public List<ContractType> getContractTypes() {
        if (contractTypes == null) {
            contractTypes = referentials.contractTypes();
        }
        return contractTypes;
    }

    public List<QualificationLevel> getQualificationLevels() {
        if (qualificationLevels == null) {
            qualificationLevels = referentials.qualificationLevels();
        }
        return qualificationLevels;
    }

    public List<EducationLevel> getEducationLevels() {
        if (educationLevels == null) {
            educationLevels = referentials.educationLevels();
        }
        return educationLevels;
    }

    public List<Organisation> getOrganisations() {
        if (organisations == null) {
            organisations = referentials.organisations();
        }
        return organisations;
    }

    public List<fr.bde.referential.domain.Branch> getBranches() {
        if (branches == null) {
            branches = referentials.branches();
        }
        return branches;
    }
}
