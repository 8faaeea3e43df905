package fr.bde.security.domain;

import org.mindrot.jbcrypt.BCrypt;

/** Salted, slow password hashing (bcrypt) in the format the Elytron realm reads. */
public final class PasswordHasher {

    /** Cost 10: about 70 ms a check on this hardware, slow enough for offline guessing. */
    private static final int COST = 10;

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST));
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.checkpw(password, hash);
    }
}
