package fr.bde.mobility.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which pools a mobility wish is duplicated into (seed 000 §1.10, §2.4):
 * <ul>
 * <li>the general scheme has, per region, an executive pool and a staff pool; a wish goes to the
 * pool of its kind in every region it wants (wanted regions and the regions of wanted
 * départements), provided it wants the general scheme or names no scheme at all;</li>
 * <li>an executive wish targeting only director or accounting-officer posts goes to no regional pool;</li>
 * <li>a wish whose owner opted in is also in the RSI, MSA and public-service pools of those regions;</li>
 * <li>every executive wish, director and accounting-officer posts included, is in the national pool
 * of the national funds' career managers.</li>
 * </ul>
 */
public final class PoolAssignment {

    static final String GENERAL_SCHEME = "GENERAL";

    private PoolAssignment() {
    }

    public record Wish(WishKind kind, Set<String> regionCodes, Set<ExecutiveFunction> targetedFunctions,
                       Set<String> wantedSchemes, boolean visibleOutsideGeneralScheme) {

        public Wish(WishKind kind, Set<String> regionCodes, Set<ExecutiveFunction> targetedFunctions,
                    boolean visibleOutsideGeneralScheme) {
            this(kind, regionCodes, targetedFunctions, Set.of(), visibleOutsideGeneralScheme);
        }
    }

    public static Set<PoolKey> pools(Wish wish) {
        Set<PoolKey> pools = new LinkedHashSet<>();
        boolean reservedOnly = wish.kind() == WishKind.EXECUTIVE && !wish.targetedFunctions().isEmpty()
                && wish.targetedFunctions().stream().allMatch(ExecutiveFunction::reservedToCareerManagers);
        if (!reservedOnly) {
            boolean generalScheme = wish.wantedSchemes().isEmpty() || wish.wantedSchemes().contains(GENERAL_SCHEME);
            for (String region : wish.regionCodes().stream().sorted().toList()) {
                if (generalScheme) {
                    pools.add(new PoolKey(PoolAudience.GENERAL_SCHEME, region, wish.kind()));
                }
                if (wish.visibleOutsideGeneralScheme()) {
                    pools.add(new PoolKey(PoolAudience.RSI, region, wish.kind()));
                    pools.add(new PoolKey(PoolAudience.MSA, region, wish.kind()));
                    pools.add(new PoolKey(PoolAudience.PUBLIC_SERVICE, region, wish.kind()));
                }
            }
        }
        if (visibleToCareerManagers(wish)) {
            pools.add(new PoolKey(PoolAudience.CAREER_MANAGERS, PoolKey.NATIONAL, WishKind.EXECUTIVE));
        }
        return pools;
    }

    /** National career managers see every executive wish, director and accounting-officer posts included. */
    public static boolean visibleToCareerManagers(Wish wish) {
        return wish.kind() == WishKind.EXECUTIVE;
    }
}
