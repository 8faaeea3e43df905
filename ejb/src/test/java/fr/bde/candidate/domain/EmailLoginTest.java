package fr.bde.candidate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailLoginTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "camille.dupont@example.org|camille.dupont@example.org",
            "  Camille.Dupont@Example.ORG |camille.dupont@example.org",
            "JEAN+BDE@EXAMPLE.FR|jean+bde@example.fr",
    })
    void addressesAreTrimmedAndLowerCased(String typed, String login) {
        assertEquals(login, EmailLogin.normalise(typed));
    }

    @Test
    void blankIsNoAddress() {
        assertNull(EmailLogin.normalise("   "));
        assertNull(EmailLogin.normalise(null));
        assertEquals("account.email.required", EmailLogin.problem(" "));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
            "camille@example.org|OK",
            " Camille@Example.org |OK",
            "camille@|account.email.invalid",
            "camille example.org|account.email.invalid",
            "camille@example|account.email.invalid",
    })
    void problems(String typed, String key) {
        assertEquals(key, EmailLogin.problem(typed));
    }

    @Test
    void anAddressLongerThanALoginIsRefused() {
        String local = "a".repeat(60);
        String address = local + "@" + "b".repeat(40) + ".fr";
        assertEquals("account.email.tooLong", EmailLogin.problem(address));
        assertNull(EmailLogin.problem(local + "@example.fr"));
    }
}
