package fr.bde.publication.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Field rules and the new-account delay for publishing on a channel (seed 000 §1.8). */
public final class ChannelRules {

    /** The seed says 48 to 72 hours: the longer bound, configurable. */
    public static final Duration DEFAULT_NEW_ACCOUNT_DELAY = Duration.ofHours(72);

    private ChannelRules() {
    }

    /** The fields an offer lacks for a channel of this kind, as message keys tied to their field. */
    public static List<String> missingFields(ChannelKind kind, boolean hasEducationLevel, boolean hasSalary) {
        List<String> missing = new ArrayList<>();
        if (kind.isExternal()) {
            if (!hasEducationLevel) {
                missing.add("educationLevel");
            }
            if (!hasSalary) {
                missing.add("salary");
            }
        }
        return missing;
    }

    /**
     * When a recruiter account created at {@code accountCreatedAt} may first publish on a channel of
     * this kind; empty when it already may.
     */
    public static Optional<Instant> availableFrom(ChannelKind kind, Instant accountCreatedAt, Instant now, Duration delay) {
        if (!kind.isExternal()) {
            return Optional.empty();
        }
        Instant from = accountCreatedAt.plus(delay);
        return now.isBefore(from) ? Optional.of(from) : Optional.empty();
    }

    /** Education level shows on job boards and diversity sites only, never on institutional sites. */
    public static boolean showsEducationLevel(ChannelKind kind) {
        return kind.isExternal();
    }

    /** Salary shows on institutional sites only when the recruiter chooses; elsewhere it is required and shown. */
    public static boolean showsSalary(ChannelKind kind, boolean recruiterShowsSalary) {
        return kind.isExternal() || recruiterShowsSalary;
    }
}
