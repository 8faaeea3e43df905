package fr.bde.talentpool.domain;

/** Types of company a candidate wishes to work in (volet 5). */
public enum CompanyType {
    ESN, SOFTWARE_PUBLISHER, ENGINEERING, TRAINING_ORGANISATION, COOPERATIVE, IT_DEPARTMENT_OUTSIDE_SECTOR, RESEARCH_LABORATORY;
}
