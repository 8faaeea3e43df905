package fr.bde.mobility.domain;

/**
 * Whose recruiters search a pool: the general scheme's organisations, or, for wishes whose owner
 * opted in, the RSI, the MSA and the public service (seed 000 §1.10).
 */
public enum PoolAudience {
    GENERAL_SCHEME,
    RSI,
    MSA,
    PUBLIC_SERVICE
}
