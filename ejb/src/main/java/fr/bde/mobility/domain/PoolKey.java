package fr.bde.mobility.domain;

/** One regional mobility pool: its audience, its region and the kind of wishes it holds. */
public record PoolKey(PoolAudience audience, String regionCode, WishKind kind) {
}
