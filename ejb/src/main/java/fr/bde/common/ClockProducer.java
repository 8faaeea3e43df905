package fr.bde.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one source of "now": Europe/Paris. A demo or a test can move "today" (for instance into the
 * EN3S period) with {@code -Dbde.clock.today=2027-02-15} or {@link #travelTo}; time keeps running.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ShiftedClock clock = new ShiftedClock(Clock.system(PARIS), initialShift());

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return clock;
    }

    /** From now on, "now" is {@code instant} plus the time elapsed since this call. */
    public void travelTo(Instant instant) {
        clock.shift = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        clock.shift = Duration.ZERO;
    }

    private static Duration initialShift() {
        String today = System.getProperty("bde.clock.today");
        if (today == null || today.isBlank()) {
            return Duration.ZERO;
        }
        LocalDate target = LocalDate.parse(today.strip());
        return Duration.ofDays(target.toEpochDay() - LocalDate.now(PARIS).toEpochDay());
    }

    /** The system clock moved by a shift that tests may change while the server runs. */
    static final class ShiftedClock extends Clock {
        private final Clock base;
        volatile Duration shift;

        ShiftedClock(Clock base, Duration shift) {
            this.base = base;
            this.shift = shift;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new ShiftedClock(base.withZone(zone), shift);
        }

        @Override
        public Instant instant() {
            return base.instant().plus(shift);
        }
    }
}
