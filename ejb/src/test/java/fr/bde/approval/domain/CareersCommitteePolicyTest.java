package fr.bde.approval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.approval.domain.CareersCommitteePolicy.Publisher;
import fr.bde.approval.domain.CareersCommitteePolicy.Route;
import fr.bde.approval.domain.CareersCommitteePolicy.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CareersCommitteePolicyTest {

    static final Route NETWORK = new Route(List.of(Step.NATIONAL_FUND_APPROVAL, Step.UCANSS_REVIEW), Publisher.UCANSS);

    /** Seed 000 §1.6, one line per kind of organisation (type, branch and scheme from organisation-types.csv). */
    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource({
        "CPAM, MALADIE, GENERAL, NETWORK",
        "UGECAM, MALADIE, GENERAL, NETWORK",
        "DRSM, MALADIE, GENERAL, NETWORK",
        "CAF, FAMILLE, GENERAL, NETWORK",
        "CARSAT, RETRAITE, GENERAL, NETWORK",
        "CRAV, RETRAITE, GENERAL, NETWORK",
        "CGSS, MULTIBRANCHE, GENERAL, NETWORK",
        "CCSS, MULTIBRANCHE, GENERAL, NETWORK",
        "ACOSS, RECOUVREMENT, GENERAL, ACOSS",
        "CNRSI, MULTIBRANCHE, RSI, CNRSI",
        "URSSAF, RECOUVREMENT, GENERAL, NONE",
        "RSI, MULTIBRANCHE, RSI, NONE",
        "MSA, MULTIBRANCHE, AGRICOLE, NONE",
        "SNCF, MULTIBRANCHE, SPECIAL, NONE",
        "UCANSS, MULTIBRANCHE, GENERAL, NONE"
    })
    void routeByKindOfOrganisation(String type, String branch, String scheme, String expected) {
        Optional<Route> expectedRoute = switch (expected) {
            case "NETWORK" -> Optional.of(NETWORK);
            case "ACOSS" -> Optional.of(new Route(List.of(Step.UCANSS_REVIEW), Publisher.UCANSS));
            case "CNRSI" -> Optional.of(new Route(List.of(Step.UCANSS_REVIEW), Publisher.CNRSI));
            default -> Optional.empty();
        };
        assertEquals(expectedRoute, CareersCommitteePolicy.route(type, branch, scheme));
    }

    @ParameterizedTest
    @CsvSource({"MALADIE, CNAM", "FAMILLE, CNAF", "RETRAITE, CNAV"})
    void nationalFundOfEachBranch(String branch, String fund) {
        assertEquals(Optional.of(fund), CareersCommitteePolicy.nationalFund(branch));
    }

    @Test
    void multibranchOrganisationsHaveNoFundOfTheirOwn() {
        assertTrue(CareersCommitteePolicy.nationalFund("MULTIBRANCHE").isEmpty());
    }

    @Test
    void onlyUcanssPublishesANetworkOfferAndOnlyOnceApproved() {
        assertTrue(CareersCommitteePolicy.mayPublish(NETWORK, "UCANSS", true));
        assertFalse(CareersCommitteePolicy.mayPublish(NETWORK, "UCANSS", false), "before approval");
        assertFalse(CareersCommitteePolicy.mayPublish(NETWORK, "CPAM", true), "the recruiter's organisation");
    }

    @Test
    void cnRsiPublishesItsOwn() {
        Route cnrsi = CareersCommitteePolicy.route("CNRSI", "MULTIBRANCHE", "RSI").orElseThrow();
        assertTrue(CareersCommitteePolicy.mayPublish(cnrsi, "CNRSI", true));
        assertFalse(CareersCommitteePolicy.mayPublish(cnrsi, "UCANSS", true));
    }
}
