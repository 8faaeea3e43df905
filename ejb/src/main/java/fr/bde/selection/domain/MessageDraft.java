package fr.bde.selection.domain;

import java.io.Serializable;

/**
 * A message to candidates as the recruiter edits it: subject and text with placeholders
 * ({nom}, {prenom}, {offre}, …) filled in per recipient when it is sent.
 */
public record MessageDraft(String subject, String body) implements Serializable {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 8000;

    public boolean isBlank() {
        return (subject == null || subject.isBlank()) && (body == null || body.isBlank());
    }

    /** The message with every placeholder replaced for one recipient. */
    public MessageDraft render(Placeholders values) {
        return new MessageDraft(values.fill(subject), values.fill(body));
    }
}
