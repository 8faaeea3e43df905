package fr.bde.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now": Europe/Paris, replaceable in tests and demos. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.system(PARIS);
    }
}
