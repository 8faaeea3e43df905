package fr.bde.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelRulesTest {

    static final Instant CREATED = Instant.parse("2026-11-20T09:00:00Z");

    @ParameterizedTest(name = "{0}, education {1}, salary {2}: missing {3}")
    @CsvSource(delimiter = '|', value = {
        "INSTITUTIONAL | false | false | ''",
        "JOB_BOARD     | true  | true  | ''",
        "JOB_BOARD     | false | true  | educationLevel",
        "JOB_BOARD     | true  | false | salary",
        "JOB_BOARD     | false | false | educationLevel salary",
        "DIVERSITY     | false | false | educationLevel salary",
        "DIVERSITY     | true  | true  | ''"
    })
    void externalChannelsNeedEducationLevelAndSalary(ChannelKind kind, boolean education, boolean salary, String missing) {
        List<String> expected = missing.isBlank() ? List.of() : List.of(missing.split(" "));
        assertEquals(expected, ChannelRules.missingFields(kind, education, salary));
    }

    @ParameterizedTest(name = "{0} after {1} h: blocked = {2}")
    @CsvSource({"JOB_BOARD, 0, true", "JOB_BOARD, 71, true", "JOB_BOARD, 72, false", "DIVERSITY, 48, true",
        "INSTITUTIONAL, 0, false"})
    void newAccountWaitsBeforeExternalChannels(ChannelKind kind, long hours, boolean blocked) {
        Optional<Instant> from = ChannelRules.availableFrom(kind, CREATED, CREATED.plus(Duration.ofHours(hours)),
                ChannelRules.DEFAULT_NEW_ACCOUNT_DELAY);
        assertEquals(blocked, from.isPresent());
        from.ifPresent(f -> assertEquals(CREATED.plus(Duration.ofHours(72)), f, "the screen says when"));
    }

    @Test
    void educationLevelNeverShowsOnInstitutionalSites() {
        assertFalse(ChannelRules.showsEducationLevel(ChannelKind.INSTITUTIONAL));
        assertTrue(ChannelRules.showsEducationLevel(ChannelKind.JOB_BOARD));
    }

    @Test
    void salaryShowsOnInstitutionalSitesOnlyWhenChosen() {
        assertFalse(ChannelRules.showsSalary(ChannelKind.INSTITUTIONAL, false));
        assertTrue(ChannelRules.showsSalary(ChannelKind.INSTITUTIONAL, true));
        assertTrue(ChannelRules.showsSalary(ChannelKind.JOB_BOARD, false));
    }
}
