package fr.bde.candidate.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Strength rules of a candidate's password (CNIL recommendation for password-only
 * authentication): at least 12 characters mixing lower case, upper case, digits and other
 * characters, not containing the e-mail address's name part; at most 64 characters (bcrypt reads
 * 72 bytes).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    static final int BCRYPT_MAX_BYTES = 72;
    /** Name parts shorter than this are too common to be refused inside a password. */
    static final int MIN_NAME_PART = 4;

    private PasswordPolicy() {
    }

    /** Message keys of the broken rules, empty when the password is acceptable. */
    public static List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("account.password.required");
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add("account.password.tooShort");
        } else if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            problems.add("account.password.tooLong");
        }
        if (!mixesAllKinds(password)) {
            problems.add("account.password.weak");
        }
        String name = namePart(email);
        if (name != null && password.toLowerCase(Locale.ROOT).contains(name)) {
            problems.add("account.password.containsEmail");
        }
        return problems;
    }

    static boolean mixesAllKinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isWhitespace(c) || c == ' ') {
                other = true;
            }
            i += Character.charCount(c);
        }
        return lower && upper && digit && other;
    }

    private static String namePart(String email) {
        String address = EmailLogin.normalise(email);
        if (address == null || address.indexOf('@') < MIN_NAME_PART) {
            return null;
        }
        return address.substring(0, address.indexOf('@'));
    }
}
