package fr.bde.alert.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 of a link's subject (such as "alert:42"), URL-safe: a link opened without login proves it was mailed. */
public final class LinkSignature {

    private LinkSignature() {
    }

    public static String sign(byte[] secret, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison, so that timing tells nothing about a forged signature. */
    public static boolean verify(byte[] secret, String subject, String signature) {
        if (signature == null || signature.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, subject).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
