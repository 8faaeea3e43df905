package fr.bde.candidate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    static final String EMAIL = "camille.dupont@example.org";

    @ParameterizedTest(name = "{0} is accepted")
    @CsvSource(delimiter = '|', value = {
            "Bourse-2026-ok",
            "Tr0is petits chats!",
            "Élève#1234abcd",
            "aB3$aB3$aB3$",
    })
    void strongPasswordsAreAccepted(String password) {
        assertEquals(List.of(), PasswordPolicy.problems(password, EMAIL));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Ab3$short        | account.password.tooShort",
            "bourse-2026-ok   | account.password.weak",
            "BOURSE-2026-OK   | account.password.weak",
            "Bourse-deux-ok   | account.password.weak",
            "Bourse2026okok   | account.password.weak",
            "Camille.Dupont-1 | account.password.containsEmail",
    })
    void eachBrokenRuleHasItsMessage(String password, String key) {
        List<String> problems = PasswordPolicy.problems(password, EMAIL);
        assertEquals(List.of(key), problems);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aMissingPasswordIsRequired(String password) {
        assertEquals(List.of("account.password.required"), PasswordPolicy.problems(password, EMAIL));
    }

    @Test
    void tooLongInCharactersOrInBcryptBytes() {
        assertEquals(List.of("account.password.tooLong"), PasswordPolicy.problems("Ab3$" + "x".repeat(61), EMAIL));
        // 30 accented letters are 60 bytes: with the rest, more than the 72 bcrypt reads
        String accented = "Ab3$" + "é".repeat(35);
        assertTrue(accented.length() <= PasswordPolicy.MAX_LENGTH);
        assertEquals(List.of("account.password.tooLong"), PasswordPolicy.problems(accented, EMAIL));
    }

    @Test
    void shortNamePartsOfTheAddressAreNotSearched() {
        assertEquals(List.of(), PasswordPolicy.problems("Bob-est-l@-2026", "bob@example.org"));
    }
}
