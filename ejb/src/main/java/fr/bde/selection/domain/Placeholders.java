package fr.bde.selection.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a message's placeholders for one candidate: {nom}, {prenom}, {offre}, {reference},
 * {organisme}, {date}, {lieu}, {duree}, {intervenants}. An unknown placeholder is left as typed, so a
 * recruiter sees the mistake in the sent copy rather than a silently emptied sentence.
 */
public final class Placeholders {

    public static final String LAST_NAME = "nom";
    public static final String FIRST_NAME = "prenom";
    public static final String OFFER = "offre";
    public static final String REFERENCE = "reference";
    public static final String ORGANISATION = "organisme";
    public static final String DATE = "date";
    public static final String PLACE = "lieu";
    public static final String DURATION = "duree";
    public static final String INTERVIEWERS = "intervenants";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)\\}");

    private final Map<String, String> values = new LinkedHashMap<>();

    public Placeholders with(String name, String value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    public String fill(String template) {
        if (template == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
