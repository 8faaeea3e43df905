package fr.bde.mobility.service;

import java.time.Instant;

/** Who opened or exported a wish, and when (shown to its owner). */
public record AccessRow(String viewerName, String organisationName, String channel, Instant accessedAt) {
}
