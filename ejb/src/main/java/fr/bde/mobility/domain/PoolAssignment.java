package fr.bde.mobility.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which regional pools a mobility wish is duplicated into (seed 000 §1.10, §2.4):
 * <ul>
 * <li>the general scheme has, per region, an executive pool and a staff pool; a wish goes to the
 * pool of its kind in every region it wants;</li>
 * <li>an executive wish targeting only director or accounting-officer posts goes to no regional pool (the
 * national funds' career managers see every executive wish nationwide);</li>
 * <li>a wish whose owner opted in is also in the RSI, MSA and public-service pools of those regions.</li>
 * </ul>
 */
public final class PoolAssignment {

    private PoolAssignment() {
    }

    public record Wish(WishKind kind, Set<String> regionCodes, Set<ExecutiveFunction> targetedFunctions,
                       boolean visibleOutsideGeneralScheme) {
    }

    public static Set<PoolKey> pools(Wish wish) {
        Set<PoolKey> pools = new LinkedHashSet<>();
        if (wish.kind() == WishKind.EXECUTIVE && !wish.targetedFunctions().isEmpty()
                && wish.targetedFunctions().stream().allMatch(ExecutiveFunction::reservedToCareerManagers)) {
            return pools;
        }
        for (String region : wish.regionCodes().stream().sorted().toList()) {
            pools.add(new PoolKey(PoolAudience.GENERAL_SCHEME, region, wish.kind()));
            if (wish.visibleOutsideGeneralScheme()) {
                pools.add(new PoolKey(PoolAudience.RSI, region, wish.kind()));
                pools.add(new PoolKey(PoolAudience.MSA, region, wish.kind()));
                pools.add(new PoolKey(PoolAudience.PUBLIC_SERVICE, region, wish.kind()));
            }
        }
        return pools;
    }

    /** National career managers see every executive wish, director and accounting-officer posts included. */
    public static boolean visibleToCareerManagers(Wish wish) {
        return wish.kind() == WishKind.EXECUTIVE;
    }
}
