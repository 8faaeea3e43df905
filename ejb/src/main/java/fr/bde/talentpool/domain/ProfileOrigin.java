package fr.bde.talentpool.domain;

/** Where a profile comes from: submitted by an employment partner, or proposed by a company as a trainee outside the pool. */
public enum ProfileOrigin {
    PARTNER, COMPANY;
}
