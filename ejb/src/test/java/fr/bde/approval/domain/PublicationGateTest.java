package fr.bde.approval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bde.approval.domain.PublicationGate.State;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationGateTest {

    static final En3sPolicy.Offer CARSAT_LEVEL_8 = new En3sPolicy.Offer("CARSAT", false, "GENERAL", 8, false);
    static final En3sPolicy.Offer CARSAT_LEVEL_6 = new En3sPolicy.Offer("CARSAT", false, "GENERAL", 6, false);
    static final CareersCommitteePolicy.Route NETWORK = new CareersCommitteePolicy.Route(
            List.of(CareersCommitteePolicy.Step.NATIONAL_FUND_APPROVAL, CareersCommitteePolicy.Step.UCANSS_REVIEW),
            CareersCommitteePolicy.Publisher.UCANSS);
    static final CareersCommitteePolicy.Route CNRSI = new CareersCommitteePolicy.Route(
            List.of(CareersCommitteePolicy.Step.UCANSS_REVIEW), CareersCommitteePolicy.Publisher.CNRSI);

    @ParameterizedTest(name = "careers committee {0}, level {1}, in period {2} -> {3}")
    @CsvSource(nullValues = "none", value = {
            "true,  6, false, CAREERS_COMMITTEE",
            "true,  8, true,  CAREERS_COMMITTEE",
            "false, 8, true,  EN3S_DEROGATION",
            "false, 8, false, none",
            "false, 6, true,  none",
    })
    void requiredApproval(boolean careersCommittee, int level, boolean inPeriod, ApprovalKind expected) {
        En3sPolicy.Offer offer = level == 8 ? CARSAT_LEVEL_8 : CARSAT_LEVEL_6;
        assertEquals(Optional.ofNullable(expected), PublicationGate.required(careersCommittee, offer, inPeriod));
    }

    @ParameterizedTest(name = "{0} route {1}, {2}, caller {3} -> {4}")
    @CsvSource(nullValues = "none", value = {
            // no approval needed: anyone of the organisation publishes
            "none,              none,    NONE,        CPAM,   none",
            // EN3S: only after validation
            "EN3S_DEROGATION,   none,    NONE,        CARSAT, publication.refused.en3s.NONE",
            "EN3S_DEROGATION,   none,    IN_PROGRESS, CARSAT, publication.refused.en3s.IN_PROGRESS",
            "EN3S_DEROGATION,   none,    REFUSED,     CARSAT, publication.refused.en3s.REFUSED",
            "EN3S_DEROGATION,   none,    APPROVED,    CARSAT, none",
            // careers committee, network route: only Ucanss, only once approved
            "CAREERS_COMMITTEE, NETWORK, APPROVED,    CPAM,   publication.refused.careersCommitteePublisher.UCANSS",
            "CAREERS_COMMITTEE, NETWORK, NONE,        CPAM,   publication.refused.careersCommitteePublisher.UCANSS",
            "CAREERS_COMMITTEE, NETWORK, NONE,        UCANSS, publication.refused.careersCommittee.NONE",
            "CAREERS_COMMITTEE, NETWORK, IN_PROGRESS, UCANSS, publication.refused.careersCommittee.IN_PROGRESS",
            "CAREERS_COMMITTEE, NETWORK, REFUSED,     UCANSS, publication.refused.careersCommittee.REFUSED",
            "CAREERS_COMMITTEE, NETWORK, APPROVED,    UCANSS, none",
            // CN RSI publishes its own, Ucanss does not
            "CAREERS_COMMITTEE, CNRSI,   APPROVED,    CNRSI,  none",
            "CAREERS_COMMITTEE, CNRSI,   APPROVED,    UCANSS, publication.refused.careersCommitteePublisher.CNRSI",
            "CAREERS_COMMITTEE, CNRSI,   IN_PROGRESS, CNRSI,  publication.refused.careersCommittee.IN_PROGRESS",
            // no route (e.g. an Urssaf entering a director's offer)
            "CAREERS_COMMITTEE, none,    APPROVED,    UCANSS, publication.refused.careersCommitteeNoRoute",
    })
    void refusal(ApprovalKind required, String route, State state, String callerType, String expected) {
        Optional<CareersCommitteePolicy.Route> r = route == null ? Optional.empty()
                : Optional.of("CNRSI".equals(route) ? CNRSI : NETWORK);
        assertEquals(Optional.ofNullable(expected),
                PublicationGate.refusal(Optional.ofNullable(required), r, state, callerType));
    }
}
