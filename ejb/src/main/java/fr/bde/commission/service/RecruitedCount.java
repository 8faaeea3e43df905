package fr.bde.commission.service;

import java.io.Serializable;

/** Job seekers recruited through the scheme: all (on trial, apprenticeship or confirmed), and confirmed. */
public record RecruitedCount(long recruited, long confirmed) implements Serializable {
}
