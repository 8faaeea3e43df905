package fr.bde.alert.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A signed link is valid for its own subject and key only. */
class LinkSignatureTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    @Test
    void signatureChecksSubjectAndKey() {
        String signature = LinkSignature.sign(KEY, "alert:42");
        assertEquals(43, signature.length(), "URL-safe Base64 of 32 bytes");
        assertTrue(signature.matches("[A-Za-z0-9_-]+"));
        assertTrue(LinkSignature.verify(KEY, "alert:42", signature));
        assertFalse(LinkSignature.verify(KEY, "alert:43", signature), "another alert");
        assertFalse(LinkSignature.verify(OTHER_KEY, "alert:42", signature), "another server key");
        assertFalse(LinkSignature.verify(KEY, "alert:42", signature.substring(1)));
        assertFalse(LinkSignature.verify(KEY, "alert:42", null));
        assertFalse(LinkSignature.verify(KEY, "alert:42", "x".repeat(1000)));
    }
}
