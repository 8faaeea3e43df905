package fr.bde.mail.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The approval mails: French, every placeholder filled, the recruiter's message escaped in HTML. */
class ApprovalMailTemplatesTest {

    static final String LINK = "http://localhost:8080/approbation/demande.xhtml?etape=1050";

    @ParameterizedTest
    @ValueSource(strings = {"approval.request.EN3S_DEROGATION", "approval.request.CAREERS_COMMITTEE"})
    void requestsCarryTheMessageTheDueDateAndTheLink(String template) {
        MailTemplates.Rendered mail = MailTemplates.render(template, "NVHADD00095", "Chargé d'études statistiques",
                "Carsat Alsace-Moselle", "Madame, Monsieur,\n<script>x</script>", LINK, "22/02/2027", 1, 2);
        assertTrue(mail.subject().contains("NVHADD00095"), mail.subject());
        for (String part : new String[] {mail.text(), mail.html()}) {
            assertTrue(part.contains(LINK), part);
            assertTrue(part.contains("22/02/2027"), part);
            assertTrue(part.contains("Carsat Alsace-Moselle"), part);
            assertFalse(part.matches("(?s).*\\{\\d}.*"), "every placeholder is filled: " + part);
        }
        assertTrue(mail.text().contains("offre « Chargé d'études statistiques »"), mail.text());
        assertTrue(mail.html().contains("&lt;script&gt;x&lt;/script&gt;"), mail.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"approval.answer.APPROVED", "approval.answer.REFUSED"})
    void answersTellTheRecruiterWhoAnsweredAndWhy(String template) {
        MailTemplates.Rendered mail = MailTemplates.render(template, "NVHADD00095", "Chargé d'études",
                "EN3S", "EN3S dérogation", "Poste réservé", "http://localhost:8080/recruteur/offre.xhtml?id=1", "REFUSED");
        assertTrue(mail.subject().contains("NVHADD00095") && mail.subject().contains("EN3S"), mail.subject());
        assertTrue(mail.text().contains("Poste réservé") && mail.text().contains("EN3S dérogation"), mail.text());
        assertFalse(mail.text().matches("(?s).*\\{\\d}.*"), mail.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"approval.defaultMessage.EN3S_DEROGATION", "approval.defaultMessage.CAREERS_COMMITTEE"})
    void defaultMessagesNameTheOffer(String key) {
        String text = MailTemplates.text(key, "NVHADD00095", "Chargé d'études", "07/12/2026", "Jean Dujardin");
        assertTrue(text.startsWith("Madame, Monsieur,"), text);
        assertTrue(text.contains("Référence du poste : NVHADD00095") && text.contains("Intitulé du poste : Chargé d'études")
                && text.contains("Date de création : 07/12/2026") && text.contains("Créé par : Jean Dujardin"), text);
    }
}
