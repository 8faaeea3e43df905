package fr.bde.mail.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** French mail texts from the bundle fr/bde/i18n/Mail (subject, text and HTML per template). */
public final class MailTemplates {

    private static final Locale FRENCH = Locale.FRENCH;

    private MailTemplates() {
    }

    public record Rendered(String subject, String text, String html) {
    }

    /** An argument with its own HTML (built from escaped parts by the caller), such as a list of links. */
    public record Markup(String text, String html) {
        @Override
        public String toString() {
            return text;
        }
    }

    public static Rendered render(String template, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("fr.bde.i18n.Mail", FRENCH,
                MailTemplates.class.getClassLoader());
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // numbers stay numbers, for choice formats (plural) in the HTML alternative too
            escaped[i] = arguments[i] instanceof Markup markup ? markup.html()
                    : arguments[i] instanceof Number ? arguments[i] : escapeHtml(String.valueOf(arguments[i]));
        }
        return new Rendered(
                format(bundle.getString(template + ".subject"), arguments),
                format(bundle.getString(template + ".text"), arguments),
                format(bundle.getString(template + ".html"), escaped));
    }

    /** A plain text of the bundle (such as a default message the user may edit), formatted. */
    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("fr.bde.i18n.Mail", FRENCH, MailTemplates.class.getClassLoader());
        return format(bundle.getString(key), arguments);
    }

    /** A text of the bundle as written, not formatted: a template with {name} placeholders the user may edit. */
    public static String pattern(String key) {
        return ResourceBundle.getBundle("fr.bde.i18n.Mail", FRENCH, MailTemplates.class.getClassLoader()).getString(key);
    }

    private static String format(String pattern, Object[] arguments) {
        return new MessageFormat(pattern, FRENCH).format(arguments);
    }

    public static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
