package fr.bde.export.service;

import java.io.Serializable;
import java.util.Map;

/** Referential labels by code (contract types, départements, regions, qualification levels). */
public record ExportLabels(Map<String, String> contractTypes, Map<String, String> departements,
                           Map<String, String> regions, Map<String, String> qualificationLevels) implements Serializable {
}
