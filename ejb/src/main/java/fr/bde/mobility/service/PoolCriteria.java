package fr.bde.mobility.service;

import fr.bde.mobility.domain.WishKind;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A pool search on the questionnaire's answers; every criterion is optional. Keywords match the
 * diplomas and trainings / certifications, or the current, past and targeted jobs (every word).
 */
public class PoolCriteria implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int KEYWORDS_MAX = 100;

    private WishKind kind;
    private String diplomaLevel;
    private String diplomaKeywords;
    private String jobKeywords;
    private String wantedBranch;
    private String wantedScheme;
    private String wantedRegion;
    private String wantedDepartement;
    private LocalDate availableBy;

    public WishKind getKind() {
        return kind;
    }

    public void setKind(WishKind kind) {
        this.kind = kind;
    }

    public String getDiplomaLevel() {
        return diplomaLevel;
    }

    public void setDiplomaLevel(String diplomaLevel) {
        this.diplomaLevel = diplomaLevel;
    }

    public String getDiplomaKeywords() {
        return diplomaKeywords;
    }

    public void setDiplomaKeywords(String diplomaKeywords) {
        this.diplomaKeywords = diplomaKeywords;
    }

    public String getJobKeywords() {
        return jobKeywords;
    }

    public void setJobKeywords(String jobKeywords) {
        this.jobKeywords = jobKeywords;
    }

    public String getWantedBranch() {
        return wantedBranch;
    }

    public void setWantedBranch(String wantedBranch) {
        this.wantedBranch = wantedBranch;
    }

    public String getWantedScheme() {
        return wantedScheme;
    }

    public void setWantedScheme(String wantedScheme) {
        this.wantedScheme = wantedScheme;
    }

    public String getWantedRegion() {
        return wantedRegion;
    }

    public void setWantedRegion(String wantedRegion) {
        this.wantedRegion = wantedRegion;
    }

    public String getWantedDepartement() {
        return wantedDepartement;
    }

    public void setWantedDepartement(String wantedDepartement) {
        this.wantedDepartement = wantedDepartement;
    }

    public LocalDate getAvailableBy() {
        return availableBy;
    }

    public void setAvailableBy(LocalDate availableBy) {
        this.availableBy = availableBy;
    }
}
