package fr.bde.approval.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who enters, who approves and who publishes a careers-committee offer (seed 000 §1.6):
 * <ul>
 * <li>general-scheme organisations of the Maladie, Famille and Retraite branches and multibranch
 * ones enter it; their national fund approves, then Ucanss reviews; only Ucanss publishes;</li>
 * <li>ACOSS and the CN RSI enter the offers of their networks themselves; Ucanss checks them; the CN
 * RSI publishes its own, Ucanss publishes ACOSS's;</li>
 * <li>an Urssaf or a regional RSI fund does not enter them (its national fund does), nor does any
 * organisation outside those networks: no route.</li>
 * </ul>
 */
public final class CareersCommitteePolicy {

    public enum Step { NATIONAL_FUND_APPROVAL, UCANSS_REVIEW }

    /** The organisation type allowed to publish once every step has approved. */
    public enum Publisher { UCANSS, CNRSI }

    public record Route(List<Step> steps, Publisher publisher) {
    }

    /** The funds a multibranch organisation may name for the first approval. */
    public static final Set<String> NETWORK_FUNDS = Set.of("CNAM", "CNAF", "CNAV");

    static final Set<String> NETWORK_BRANCHES = Set.of("MALADIE", "FAMILLE", "RETRAITE", "MULTIBRANCHE");
    /** Entered by their national fund (ACOSS, CN RSI), never by themselves. */
    static final Set<String> ENTERED_BY_NATIONAL_FUND = Set.of("URSSAF", "RSI");

    private CareersCommitteePolicy() {
    }

    public static Optional<Route> route(String organisationType, String branch, String scheme) {
        if ("ACOSS".equals(organisationType)) {
            return Optional.of(new Route(List.of(Step.UCANSS_REVIEW), Publisher.UCANSS));
        }
        if ("CNRSI".equals(organisationType)) {
            return Optional.of(new Route(List.of(Step.UCANSS_REVIEW), Publisher.CNRSI));
        }
        if (ENTERED_BY_NATIONAL_FUND.contains(organisationType) || "UCANSS".equals(organisationType)
                || !"GENERAL".equals(scheme) || !NETWORK_BRANCHES.contains(branch)) {
            return Optional.empty();
        }
        return Optional.of(new Route(List.of(Step.NATIONAL_FUND_APPROVAL, Step.UCANSS_REVIEW), Publisher.UCANSS));
    }

    /**
     * The national fund that approves first, by branch; a multibranch organisation has none of its
     * own: the recruiter names the fund of the post's branch.
     */
    public static Optional<String> nationalFund(String branch) {
        return Optional.ofNullable(switch (branch) {
            case "MALADIE" -> "CNAM";
            case "FAMILLE" -> "CNAF";
            case "RETRAITE" -> "CNAV";
            default -> null;
        });
    }

    /** Only the route's publisher publishes, and only once every step has approved. */
    public static boolean mayPublish(Route route, String publisherOrganisationType, boolean everyStepApproved) {
        return everyStepApproved && route.publisher().name().equals(publisherOrganisationType);
    }
}
