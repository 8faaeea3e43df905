package fr.bde.publication.service;

import fr.bde.publication.domain.Channel;
import java.time.Instant;
import java.util.List;

/**
 * One channel as the publication tab shows it for an offer: live since when, which fields it still
 * needs (field names), and from when a new account may use it.
 */
public record ChannelStatus(Channel channel, boolean live, Instant publishedAt, Instant withdrawnAt,
                            List<String> missingFields, Instant availableFrom) {

    public boolean publishable() {
        return !live && missingFields.isEmpty() && availableFrom == null;
    }
}
