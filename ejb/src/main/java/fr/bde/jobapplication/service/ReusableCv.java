package fr.bde.jobapplication.service;

import java.time.Instant;

/** The CV a candidate sent with their latest application, offered for the next one. */
public record ReusableCv(String fileName, Instant sentAt) {
}
