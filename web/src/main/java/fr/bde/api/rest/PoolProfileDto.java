package fr.bde.api.rest;

import java.time.Instant;

/** A pool profile as the company API shows it (the result list's columns). */
public record PoolProfileDto(Long id, String civility, String lastName, String firstName, String area, String city,
                             String currentJobs, String classification, Instant classifiedAt, String studyLevel,
                             String digitalExperience) {
}
