package fr.bde.talentpool.domain;

/** Contract types a candidate looks for (volet 5). */
public enum ContractSought {
    CDD, CDI, SUBCONTRACTING;
}
