package fr.bde.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.Parameter;
import org.junit.jupiter.api.Test;

/** The interview invitation, parsed back by a real iCalendar parser (ical4j). */
class InterviewCalendarTest {

    static final Instant START = Instant.parse("2026-12-14T09:00:00Z");
    static final InterviewCalendar.Person ORGANISER = new InterviewCalendar.Person("Claire Martin", "claire.martin@cpam-paris.example.fr");
    static final InterviewCalendar.Person LEA = new InterviewCalendar.Person("Léa Petit", "lea.petit@example.fr");

    static InterviewCalendar.Event event(int sequence) {
        return new InterviewCalendar.Event("entretien-42@bde.ucanss.fr", sequence, START, Duration.ofMinutes(45),
                "Entretien – Technicien(ne) retraite (NVH00042), CPAM de Paris",
                "21 rue Georges Auric; Paris, 2e étage",
                "Entretien pour l’offre « Technicien(ne) retraite » (référence NVH00042).\nAvec : Claire Martin, Paul Roy\n"
                        + "https://visio.example.fr/salle/un-lien-assez-long-pour-depasser-la-limite-de-soixante-quinze-octets");
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(Component c, String property) {
        return c.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError(property));
    }

    @Test
    void anInvitationIsARequestWithTheEventDetails() throws Exception {
        String ics = InterviewCalendar.render(InterviewCalendar.Method.REQUEST, event(0), ORGANISER, LEA,
                Instant.parse("2026-12-05T22:00:00Z"));
        Calendar calendar = parse(ics);
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).map(Property::getValue).orElseThrow());
        assertEquals("2.0", calendar.getProperty(Property.VERSION).map(Property::getValue).orElseThrow());
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertEquals("entretien-42@bde.ucanss.fr", value(event, Property.UID));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals("20261214T090000Z", value(event, Property.DTSTART));
        assertEquals("20261214T094500Z", value(event, Property.DTEND));
        assertEquals("Entretien – Technicien(ne) retraite (NVH00042), CPAM de Paris", value(event, Property.SUMMARY));
        assertEquals("21 rue Georges Auric; Paris, 2e étage", value(event, Property.LOCATION), "escaped then unescaped");
        assertTrue(value(event, Property.DESCRIPTION).contains("\nAvec : Claire Martin, Paul Roy\nhttps://visio.example.fr/"),
                "new lines and long lines survive folding");
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals("mailto:claire.martin@cpam-paris.example.fr", value(event, Property.ORGANIZER));
        Property attendee = event.getProperty(Property.ATTENDEE).orElseThrow();
        assertEquals("mailto:lea.petit@example.fr", attendee.getValue());
        assertEquals("Léa Petit", attendee.<Cn>getParameter(Parameter.CN).orElseThrow().getValue());
        assertTrue(calendar.validate().getEntries().stream().noneMatch(e -> e.getSeverity().name().equals("ERROR")),
                () -> calendar.validate().toString());
    }

    @Test
    void aRescheduleKeepsTheUidWithAHigherSequenceAndACancelSaysSo() throws Exception {
        Instant now = Instant.parse("2026-12-06T08:00:00Z");
        VEvent moved = parse(InterviewCalendar.render(InterviewCalendar.Method.REQUEST, event(1), ORGANISER, LEA, now))
                .<VEvent>getComponent(Component.VEVENT).orElseThrow();
        Calendar cancel = parse(InterviewCalendar.render(InterviewCalendar.Method.CANCEL, event(2), ORGANISER, LEA, now));
        VEvent cancelled = cancel.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertEquals("entretien-42@bde.ucanss.fr", value(moved, Property.UID));
        assertEquals("1", value(moved, Property.SEQUENCE));
        assertEquals("CANCEL", cancel.getProperty(Property.METHOD).map(Property::getValue).orElseThrow());
        assertEquals("entretien-42@bde.ucanss.fr", value(cancelled, Property.UID));
        assertEquals("2", value(cancelled, Property.SEQUENCE));
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
    }

    @Test
    void linesAreFoldedAt75OctetsWithCrlf() {
        String ics = InterviewCalendar.render(InterviewCalendar.Method.REQUEST, event(0), ORGANISER, LEA, START);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare LF");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    @Test
    void textValuesAreEscaped() {
        assertEquals("a\\; b\\, c\\\\ d\\ne", InterviewCalendar.text("a; b, c\\ d\ne"));
        assertEquals("\"Marie Dupont\"", InterviewCalendar.param("Marie \"Dupont\""));
    }
}
