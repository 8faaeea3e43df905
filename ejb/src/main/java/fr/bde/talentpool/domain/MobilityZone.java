package fr.bde.talentpool.domain;

/** Zones of the geographic mobility detail (volet 2). */
public enum MobilityZone {
    AGGLOMERATION, DEPARTEMENT, REGION, ILE_DE_FRANCE, OTHER_REGIONS, NEIGHBOURING_COUNTRIES;
}
