package fr.bde.offer.domain;

/**
 * Executive posts whose offers go through the careers committee (seed 000 §1.6): approved by the
 * national fund and reviewed by Ucanss before publication.
 */
public enum CareersCommitteePost {
    DIRECTOR,
    ACCOUNTING_OFFICER,
    REGIONAL_MEDICAL_ADVISER,
    DEPUTY_REGIONAL_MEDICAL_ADVISER
}
