package fr.bde.mail.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void confirmationIsInFrenchWithEscapedHtml() {
        MailTemplates.Rendered mail = MailTemplates.render("application.confirmation", "Léa", "<b>Martin</b>",
                "Comptable", "NVHADD00001", "CPAM de Paris", "http://localhost/offre");
        assertTrue(mail.subject().contains("NVHADD00001"), mail.subject());
        assertTrue(mail.text().startsWith("Bonjour Léa <b>Martin</b>"), mail.text());
        assertTrue(mail.text().contains("l'offre « Comptable »"), mail.text());
        assertTrue(mail.html().contains("&lt;b&gt;Martin&lt;/b&gt;"), mail.html());
    }
}
