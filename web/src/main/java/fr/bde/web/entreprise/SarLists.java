package fr.bde.web.entreprise;

import fr.bde.followup.domain.RecruitmentContract;
import fr.bde.followup.domain.RecruitmentState;
import fr.bde.followup.domain.RejectionCause;
import fr.bde.followup.domain.SheetAction;
import fr.bde.followup.domain.SheetResult;
import fr.bde.followup.domain.SheetStatus;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.ProficiencyLevel;
import fr.bde.talentpool.domain.StudyLevel;
import fr.bde.talentpool.domain.TrainingLink;
import fr.bde.talentpool.service.SarReferentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Choice lists of the SAR screens (referentials and enums, in the seed's order). */
@Named
@ApplicationScoped
public class SarLists {

    @Inject
    private SarReferentials referentials;

    public List<SarReferentials.Item> getAreas() { return referentials.areas(); }
    public List<SarReferentials.Item> getJobs() { return referentials.jobs(); }
    public List<SarReferentials.Item> getThemes() { return referentials.themes(); }
    public List<SarReferentials.Item> getActions() { return referentials.actions(); }
    public List<SarReferentials.CatalogueEntry> getCatalogue() { return referentials.catalogue(); }
    public StudyLevel[] getStudyLevels() { return StudyLevel.values(); }
    public ExperienceBand[] getExperienceBands() { return ExperienceBand.values(); }
    public ProficiencyLevel[] getLevels() { return ProficiencyLevel.values(); }
    public TrainingLink[] getTrainingLinks() { return TrainingLink.values(); }
    public Classification[] getClassifications() { return Classification.values(); }
    public SheetStatus[] getStatuses() { return SheetStatus.values(); }
    public SheetResult[] getResults() { return SheetResult.values(); }
    public SheetAction[] getSheetActions() { return SheetAction.values(); }
    public RejectionCause[] getRejectionCauses() { return RejectionCause.values(); }
    public RecruitmentContract[] getContracts() { return RecruitmentContract.values(); }
    public RecruitmentState[] getRecruitmentStates() { return RecruitmentState.values(); }
}
