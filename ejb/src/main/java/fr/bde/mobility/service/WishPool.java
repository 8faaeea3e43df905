package fr.bde.mobility.service;

import fr.bde.mobility.domain.PoolAudience;
import fr.bde.mobility.domain.WishKind;
import java.time.Instant;

/** A pool a wish is in, as its owner sees it. */
public record WishPool(PoolAudience audience, String regionCode, String regionName, WishKind kind, Instant duplicatedAt) {
}
