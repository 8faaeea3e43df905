package fr.bde.alert.service;

import fr.bde.alert.domain.OfferFacts;
import java.util.List;

/** An alert and the new offers it matched (possibly none: the alert still moves its window on). */
public record DigestItem(AlertItem alert, List<OfferFacts> offers) {
}
