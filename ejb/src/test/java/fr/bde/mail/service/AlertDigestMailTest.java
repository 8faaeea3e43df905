package fr.bde.mail.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The alert digest: plural by count, the list's own HTML kept, every other argument escaped. */
class AlertDigestMailTest {

    static final MailTemplates.Markup LIST = new MailTemplates.Markup("- Juriste — CAF\n  http://x/o?ref=1\n",
            "<ul><li><a href=\"http://x/o?ref=1\">Juriste</a> — CAF</li></ul>");

    @Test
    void oneOfferAndNothingMore() {
        MailTemplates.Rendered mail = MailTemplates.render("alert.digest", "Camille <b>", 1, LIST, "", "30/06/2027",
                "http://x/alertes/desabonnement.xhtml?alerte=1&cle=abc", "http://x/espace/candidat/alertes.xhtml");
        assertTrue(mail.subject().contains("1 nouvelle offre pour"), mail.subject());
        assertTrue(mail.text().contains("- Juriste — CAF"), mail.text());
        assertFalse(mail.text().contains("autre"), mail.text());
        assertTrue(mail.html().contains("<a href=\"http://x/o?ref=1\">Juriste</a>"), "the list is not escaped");
        assertTrue(mail.html().contains("Camille &lt;b&gt;"), "the name is");
        assertTrue(mail.html().contains("alerte=1&amp;cle=abc"), mail.html());
        assertTrue(mail.text().contains("30/06/2027"), mail.text());
        for (String part : new String[] {mail.subject(), mail.text(), mail.html()}) {
            assertFalse(part.matches("(?s).*\\{\\d.*"), "every placeholder is filled: " + part);
        }
    }

    @Test
    void manyOffersSayHowManyAreNotListed() {
        MailTemplates.Rendered mail = MailTemplates.render("alert.digest", "Camille", 1234, LIST,
                MailTemplates.text("alert.digest.more", 1214), "30/06/2027",
                "u", "m");
        assertTrue(mail.subject().contains("1\u202f234 nouvelles offres") || mail.subject().contains("1 234 nouvelles offres")
                || mail.subject().contains("1\u00a0234 nouvelles offres"), mail.subject());
        assertTrue(mail.text().contains("autres offres"), mail.text());
    }
}
