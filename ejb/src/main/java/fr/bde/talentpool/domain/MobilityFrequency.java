package fr.bde.talentpool.domain;

/** Accepted mobility frequency for a zone (volet 2). */
public enum MobilityFrequency {
    NOT_WISHED, OCCASIONALLY, REGULARLY, SHORT_MISSION, LONG_MISSION;
}
