package fr.bde.alert.domain;

import java.time.LocalDate;
import java.time.Period;

/** How long an alert keeps mailing; it ends on the last day of its period, renewable by the candidate. */
public enum AlertPeriod {
    ONE_MONTH(Period.ofMonths(1)),
    THREE_MONTHS(Period.ofMonths(3)),
    SIX_MONTHS(Period.ofMonths(6)),
    ONE_YEAR(Period.ofYears(1));

    private final Period length;

    AlertPeriod(Period length) {
        this.length = length;
    }

    /** The last day on which an alert started (or renewed) on {@code start} still mails. */
    public LocalDate endFrom(LocalDate start) {
        return start.plus(length);
    }
}
