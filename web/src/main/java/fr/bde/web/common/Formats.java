package fr.bde.web.common;

import fr.bde.common.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as French users read them, in Paris time. */
@Named
@ApplicationScoped
public class Formats {

    @Inject
    private Clock clock;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);

    public String date(Object value) {
        if (value instanceof Instant instant) {
            return DATE.format(instant.atZone(ClockProducer.PARIS));
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        return "";
    }

    public String dateTime(Instant value) {
        return value == null ? "" : DATE_TIME.format(value.atZone(ClockProducer.PARIS));
    }

    /** Today in Paris, as the application's clock says (tests and demos may move it). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.PARIS));
    }

    /** A due date already passed. */
    public boolean overdue(LocalDate dueDate) {
        return dueDate != null && dueDate.isBefore(today());
    }
}
