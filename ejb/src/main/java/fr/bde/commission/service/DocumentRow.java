package fr.bde.commission.service;

import fr.bde.talentpool.domain.DocumentKind;
import java.io.Serializable;
import java.time.Instant;

/** A document of a profile as listed (the bytes are read only on download). */
public record DocumentRow(Long id, DocumentKind kind, String fileName, Instant uploadedAt) implements Serializable {
}
