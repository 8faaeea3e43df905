package fr.bde.selection.domain;

import java.io.Serializable;
import java.time.Instant;

/** When and where an interview takes place, and who holds it. */
public record InterviewSlot(Instant startsAt, int durationMinutes, String place, String link, String interviewers)
        implements Serializable {

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 480;

    public String whereabouts() {
        boolean hasPlace = place != null && !place.isBlank();
        boolean hasLink = link != null && !link.isBlank();
        if (hasPlace && hasLink) {
            return place + " — " + link;
        }
        return hasPlace ? place : hasLink ? link : "";
    }
}
