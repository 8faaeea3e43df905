package fr.bde.candidate.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A random secret put in a mailed link: 32 bytes from {@link SecureRandom}, URL-safe Base64
 * (43 characters). Only its SHA-256 is stored, and a link is found by the hash of what it
 * carries, so the database never compares secrets character by character.
 */
public record SecretToken(String value, String hash) {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public static SecretToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new SecretToken(value, hashOf(value));
    }

    /** True when the text has the shape of a token (checked before any lookup). */
    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static String hashOf(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SecretToken[hash=" + hash + "]";
    }
}
