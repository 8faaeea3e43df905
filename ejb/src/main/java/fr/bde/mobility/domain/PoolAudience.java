package fr.bde.mobility.domain;

/**
 * Whose recruiters search a pool: the general scheme's organisations, or, for wishes whose owner
 * opted in, the RSI, the MSA and the public service (seed 000 §1.10); the national funds' career
 * managers search one national pool of every executive wish.
 */
public enum PoolAudience {
    GENERAL_SCHEME,
    RSI,
    MSA,
    PUBLIC_SERVICE,
    CAREER_MANAGERS
}
