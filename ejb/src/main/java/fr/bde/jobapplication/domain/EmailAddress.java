package fr.bde.jobapplication.domain;

import java.util.regex.Pattern;

/** A plausible e-mail address (the confirmation mail is the real check). */
public final class EmailAddress {

    private static final Pattern FORMAT =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddress() {
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= JobApplication.EMAIL_MAX && FORMAT.matcher(value).matches();
    }
}
