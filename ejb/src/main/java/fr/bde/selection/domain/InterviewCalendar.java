package fr.bde.selection.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An interview as an iCalendar object (RFC 5545) for the candidate's calendar: METHOD:REQUEST for an
 * invitation or a reschedule (same UID, higher SEQUENCE), METHOD:CANCEL for a cancellation (iTIP,
 * RFC 5546). Times in UTC, text escaped, lines folded at 75 octets, CRLF line ends.
 */
public final class InterviewCalendar {

    public static final String CONTENT_TYPE_REQUEST = "text/calendar; charset=UTF-8; method=REQUEST";
    public static final String CONTENT_TYPE_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";
    public static final String FILE_NAME = "entretien.ics";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    public enum Method { REQUEST, CANCEL }

    /** Who organises and who is invited (a name and an e-mail address each). */
    public record Person(String name, String email) {
    }

    /** What the event says: summary, location, description. */
    public record Event(String uid, int sequence, Instant start, Duration duration, String summary, String location,
                        String description) {
    }

    private InterviewCalendar() {
    }

    public static String render(Method method, Event event, Person organiser, Person attendee, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "PRODID:-//Ucanss//Bourse des emplois//FR");
        line(ics, "VERSION:2.0");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method.name());
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + event.uid());
        line(ics, "SEQUENCE:" + event.sequence());
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(event.start()));
        line(ics, "DTEND:" + UTC.format(event.start().plus(event.duration())));
        line(ics, "SUMMARY:" + text(event.summary()));
        if (event.location() != null && !event.location().isBlank()) {
            line(ics, "LOCATION:" + text(event.location()));
        }
        if (event.description() != null && !event.description().isBlank()) {
            line(ics, "DESCRIPTION:" + text(event.description()));
        }
        line(ics, "ORGANIZER;CN=" + param(organiser.name()) + ":mailto:" + organiser.email());
        line(ics, "ATTENDEE;CN=" + param(attendee.name()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
                + attendee.email());
        line(ics, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        line(ics, "TRANSP:OPAQUE");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT value escaping (RFC 5545 §3.3.11). */
    static String text(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value: quoted, without the characters a quoted value may not hold. */
    static String param(String value) {
        return "\"" + (value == null ? "" : value.replaceAll("[\"\\p{Cntrl}]", "")) + "\"";
    }

    /** Appends a content line folded at 75 octets, never splitting a UTF-8 character (§3.1). */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append(CRLF).append(' ');
                octets = 1;
                limit = 75;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append(CRLF);
    }
}
