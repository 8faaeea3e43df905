package fr.bde.mobility.service;

import fr.bde.mobility.domain.PoolAudience;
import fr.bde.mobility.domain.PoolKey;
import fr.bde.organisation.domain.Organisation;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import java.util.Optional;

/**
 * The pools a user searches (seed 000 §1.10): a national fund's career manager, the national pool
 * of every executive wish; a recruiter of a general-scheme organisation, its region's general-scheme
 * pools; a recruiter of the RSI, the MSA or a public-service administration, its region's pools of
 * the wishes opted in for them. Anyone else has no pool.
 */
public record PoolScope(PoolAudience audience, String regionCode) {

    public static Optional<PoolScope> of(AppUser user) {
        if (user.hasRole(Role.CAREER_MANAGER)) {
            return Optional.of(new PoolScope(PoolAudience.CAREER_MANAGERS, PoolKey.NATIONAL));
        }
        Organisation organisation = user.getOrganisation();
        if (!user.hasRole(Role.RECRUITER) || organisation == null) {
            return Optional.empty();
        }
        return audienceOf(organisation.typeCode(), organisation.getType().getScheme().getCode())
                .map(audience -> new PoolScope(audience, organisation.getRegion().getCode()));
    }

    /** Whose pools an organisation's recruiters search, from its type and scheme. */
    public static Optional<PoolAudience> audienceOf(String typeCode, String schemeCode) {
        if ("FP".equals(typeCode)) {
            return Optional.of(PoolAudience.PUBLIC_SERVICE);
        }
        return switch (schemeCode) {
            case "GENERAL" -> Optional.of(PoolAudience.GENERAL_SCHEME);
            case "RSI" -> Optional.of(PoolAudience.RSI);
            case "AGRICOLE" -> Optional.of(PoolAudience.MSA);
            default -> Optional.empty();
        };
    }
}
