package fr.bde.candidate.domain;

import fr.bde.jobapplication.domain.EmailAddress;
import fr.bde.security.domain.AppUser;
import java.util.Locale;

/**
 * A candidate's e-mail address, which is also their login: trimmed and lower-cased so that
 * "Camille.Dupont@Example.org " and "camille.dupont@example.org" are one account.
 */
public final class EmailLogin {

    /** The address is the login, so it shares the login's length. */
    public static final int MAX = AppUser.LOGIN_MAX;

    private EmailLogin() {
    }

    /** The canonical form, or null for a blank input. */
    public static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** The message key of what is wrong with an address, or null when it can be a login. */
    public static String problem(String value) {
        String address = normalise(value);
        if (address == null) {
            return "account.email.required";
        }
        if (address.length() > MAX) {
            return "account.email.tooLong";
        }
        return EmailAddress.isValid(address) ? null : "account.email.invalid";
    }
}
