package fr.bde.mobility.service;

import fr.bde.mobility.domain.StaffCategory;
import fr.bde.mobility.domain.WishKind;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A wish opened by a recruiter or a career manager: the questionnaire's answers, codes resolved to names. */
public record WishDetail(Long id, WishKind kind, String lastName, String firstName, String email, String phone,
                         String organisationName, String branchName, String schemeName, String currentJob,
                         String currentLevel, StaffCategory staffCategory, List<DiplomaRow> diplomas,
                         String trainings, String jobsHeld, String targetJobs, List<String> targetFunctions,
                         List<String> wantedBranches, List<String> wantedSchemes, List<String> wantedRegions,
                         List<String> wantedDepartements, LocalDate availableFrom, boolean visibleOutsideGeneralScheme,
                         Instant updatedAt) implements Serializable {

    /** A diploma: level name, title, year. */
    public record DiplomaRow(String level, String title, int year) implements Serializable {
    }
}
