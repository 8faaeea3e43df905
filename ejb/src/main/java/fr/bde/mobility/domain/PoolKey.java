package fr.bde.mobility.domain;

/** One mobility pool: its audience, its region (or {@link #NATIONAL}) and the kind of wishes it holds. */
public record PoolKey(PoolAudience audience, String regionCode, WishKind kind) {

    /** Region code of the national pool of the career managers. */
    public static final String NATIONAL = "FR";
}
