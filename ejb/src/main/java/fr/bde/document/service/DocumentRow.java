package fr.bde.document.service;

import fr.bde.jobapplication.domain.DocumentKind;
import java.time.Instant;

/** A document listed without its content: in "Mes documents" (with its upload time) or on an application. */
public record DocumentRow(Long id, DocumentKind kind, String fileName, String contentType, long sizeBytes,
                          Instant uploadedAt) implements java.io.Serializable {
}
