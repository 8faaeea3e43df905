package fr.bde.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.mail.service.MailTemplates;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The placeholders of the recruiters' messages, and the default French templates of the mail bundle. */
class MessageTemplateTest {

    static Placeholders lea() {
        return new Placeholders().with(Placeholders.LAST_NAME, "Petit").with(Placeholders.FIRST_NAME, "Léa")
                .with(Placeholders.OFFER, "Technicien(ne) retraite").with(Placeholders.REFERENCE, "NVH00042")
                .with(Placeholders.ORGANISATION, "CPAM de Paris").with(Placeholders.DATE, "lundi 14 décembre 2026 à 10h00")
                .with(Placeholders.PLACE, "21 rue Georges Auric, Paris").with(Placeholders.DURATION, "45 min")
                .with(Placeholders.INTERVIEWERS, "Claire Martin");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bonjour {prenom} {nom}                    | Bonjour Léa Petit
            Offre {offre} ({reference})               | Offre Technicien(ne) retraite (NVH00042)
            Le {date} à {lieu}                        | Le lundi 14 décembre 2026 à 10h00 à 21 rue Georges Auric, Paris
            {duree} avec {intervenants}, {organisme}  | 45 min avec Claire Martin, CPAM de Paris
            {inconnu} reste tel quel                  | {inconnu} reste tel quel
            {NOM} n'est pas un nom de variable        | {NOM} n'est pas un nom de variable
            sans variable                             | sans variable
            {prenom}{prenom}                          | LéaLéa
            accolade { seule et $1 \\\\ gardés        | accolade { seule et $1 \\\\ gardés
            """)
    void placeholdersAreFilled(String template, String expected) {
        assertEquals(expected, lea().fill(template));
    }

    @Test
    void valuesAreInsertedLiterallyNeverReinterpreted() {
        Placeholders tricky = new Placeholders().with(Placeholders.LAST_NAME, "{prenom} $0 \\").with(Placeholders.FIRST_NAME, "X");
        assertEquals("{prenom} $0 \\ X", tricky.fill("{nom} {prenom}"));
    }

    @Test
    void aDraftIsRenderedPerRecipient() {
        MessageDraft draft = new MessageDraft("Offre {reference}", "Bonjour {prenom},\nà bientôt.");
        assertEquals(new MessageDraft("Offre NVH00042", "Bonjour Léa,\nà bientôt."), draft.render(lea()));
        assertTrue(new MessageDraft(" ", null).isBlank());
        assertFalse(draft.isBlank());
    }

    @ParameterizedTest
    @EnumSource(MessageTemplate.class)
    void everyDefaultTemplateIsFrenchAndUsesOnlyKnownPlaceholders(MessageTemplate template) {
        String subject = MailTemplates.pattern(template.subjectKey());
        String body = MailTemplates.pattern(template.bodyKey());
        MessageDraft rendered = new MessageDraft(subject, body).render(lea());
        Pattern leftover = Pattern.compile("\\{[a-z]+\\}");
        assertFalse(leftover.matcher(rendered.subject() + rendered.body()).find(), rendered.toString());
        assertTrue(rendered.body().startsWith("Bonjour Léa Petit,"), rendered.body());
        assertTrue(rendered.body().contains("CPAM de Paris"), rendered.body());
        assertTrue(rendered.subject().contains("NVH00042") || rendered.body().contains("NVH00042"));
    }

    @Test
    void theInterviewInvitationNamesDatePlaceAndPanel() {
        MessageDraft invitation = new MessageDraft(MailTemplates.pattern(MessageTemplate.INTERVIEW.subjectKey()),
                MailTemplates.pattern(MessageTemplate.INTERVIEW.bodyKey())).render(lea());
        assertEquals("Invitation à un entretien – offre NVH00042", invitation.subject());
        assertTrue(invitation.body().contains("date : lundi 14 décembre 2026 à 10h00"), invitation.body());
        assertTrue(invitation.body().contains("lieu : 21 rue Georges Auric, Paris"));
        assertTrue(invitation.body().contains("avec : Claire Martin"));
    }

    @Test
    void theWrappingMailEscapesTheRecruitersTextInHtml() {
        MailTemplates.Rendered mail = MailTemplates.render("selection.message", "Sujet {1}", "a <b> & 'c'",
                new MailTemplates.Markup("a <b> & 'c'", "a &lt;b&gt; &amp; &#39;c&#39;"), "CPAM de Paris");
        assertEquals("Sujet {1}", mail.subject());
        assertTrue(mail.text().startsWith("a <b> & 'c'"));
        assertTrue(mail.html().contains("a &lt;b&gt; &amp; &#39;c&#39;"), mail.html());
        assertTrue(mail.html().contains("CPAM de Paris"));
    }
}
