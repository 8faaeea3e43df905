package fr.bde.talentpool.service;

import fr.bde.talentpool.domain.AssessmentAxis;
import fr.bde.talentpool.domain.BehaviourTrait;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.CompanyType;
import fr.bde.talentpool.domain.ContractSought;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.MobilityFrequency;
import fr.bde.talentpool.domain.MobilityZone;
import fr.bde.talentpool.domain.SalaryBand;
import fr.bde.talentpool.domain.Situation;
import fr.bde.talentpool.domain.StudyLevel;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The "fiche Profil" of a candidate as a company recruiter reads it (seed 002): 4 sections and the 5 details. */
public record ProfileView(Long id, Civility civility, String lastName, String firstName, String area, String city,
                          String email, String phone, String streetNumber, String street, String postcode,
                          List<FamilyJobs> exercisedJobs, List<Document> documents,
                          Situation situation, LocalDate situationSince, LocalDate situationEndsOn,
                          Classification classification, Instant classifiedAt, String currentJobs,
                          Map<AssessmentAxis, Integer> grid, String assessmentSummary, List<SkillLine> skills,
                          List<BehaviourTrait> traits, Map<MobilityZone, MobilityFrequency> mobility,
                          boolean relocationAccepted, String relocationZones,
                          ExperienceBand digitalExperience, ExperienceBand otherExperience, ExperienceBand timeWithoutJob,
                          String occupationWithoutJob, LocalDate lastJobEndedOn, Integer internshipMonths,
                          StudyLevel studyLevel, StudyLevel studyLevelNotValidated, String digitalDiploma,
                          String otherDiploma, String certifications,
                          List<CompanyType> companyTypes, List<ContractSought> contractsSought, Integer availabilityPercent,
                          List<String> targetJobs, SalaryBand lastSalary, SalaryBand claimedSalary, SalaryBand minimumSalary)
        implements Serializable {

    public record FamilyJobs(String family, List<String> jobs) implements Serializable {
    }

    public record Document(Long id, DocumentKind kind, String fileName) implements Serializable {
    }

    /** The axes in the seed's order, for the grid. */
    public List<AssessmentAxis> axes() {
        return List.of(AssessmentAxis.values());
    }

    public List<MobilityZone> zones() {
        return List.of(MobilityZone.values());
    }
}
