package fr.bde.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"//evil\"></iframe>", "<p style=\"background:url(javascript:x)\">x</p>"
    })
    void executableContentIsRemoved(String html) {
        String clean = HtmlSanitizer.sanitize(html).toLowerCase();
        assertFalse(clean.contains("script") || clean.contains("onerror") || clean.contains("javascript")
                || clean.contains("iframe"), clean);
    }

    @Test
    void formattingIsKept() {
        assertEquals("<p><strong>Poste</strong> en <em>CDI</em></p><ul><li>un</li></ul>",
                HtmlSanitizer.sanitize("<p><strong>Poste</strong> en <em>CDI</em></p><ul><li>un</li></ul>"));
    }

    @Test
    void plainTextKeepsLinesAndEntities() {
        assertEquals("Poste d'agent\nà Paris", HtmlSanitizer.toPlainText("<p>Poste d&#39;agent</p><p>à Paris</p>"));
    }
}
