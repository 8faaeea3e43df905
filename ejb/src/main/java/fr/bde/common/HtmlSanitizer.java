package fr.bde.common;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Rich text typed by users keeps its formatting and loses anything executable. */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("span", "br").toFactory());

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }

    /** Plain text of a fragment, for indexing, JSON-LD and text e-mails. */
    public static String toPlainText(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return text.replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n").trim();
    }
}
