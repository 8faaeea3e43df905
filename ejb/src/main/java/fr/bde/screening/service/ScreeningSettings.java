package fr.bde.screening.service;

/** An offer's automatic rejection on criteria, and the hold of the rejection mail in hours. */
public record ScreeningSettings(boolean autoReject, int rejectionDelayHours) {
}
