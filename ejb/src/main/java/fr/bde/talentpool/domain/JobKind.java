package fr.bde.talentpool.domain;

/** Why a job is on a profile: exercised recently (under 3 years, or tied to a training validated under a year ago), can exercise (the commission's opinion, current jobs), or targeted by the professional project. */
public enum JobKind {
    EXERCISED, CURRENT, TARGET;
}
