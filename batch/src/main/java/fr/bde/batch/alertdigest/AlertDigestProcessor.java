package fr.bde.batch.alertdigest;

import fr.bde.alert.domain.NewOffers;
import fr.bde.alert.service.AlertDigestService;
import fr.bde.alert.service.AlertItem;
import fr.bde.alert.service.DigestItem;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;

/** Matches an alert against the new offers, loaded and indexed once per step. */
@Named
@Dependent
public class AlertDigestProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String day;

    @Inject
    @BatchProperty
    private String cutoff;

    @Inject
    private AlertDigestService digests;

    private NewOffers offers;

    @Override
    public Object processItem(Object item) {
        if (offers == null) {
            offers = digests.newOffers(LocalDate.parse(day), Instant.parse(cutoff));
        }
        AlertItem alert = (AlertItem) item;
        return new DigestItem(alert, offers.matching(alert.criteria(), alert.lastDigestAt()));
    }
}
