package fr.bde.talentpool.domain;

/** Salary bands of the professional project (volet 5), in k€ gross a year. */
public enum SalaryBand {
    UNDER_20, FROM_20_TO_25, FROM_25_TO_30, FROM_30_TO_35, FROM_35_TO_45, OVER_45;
}
