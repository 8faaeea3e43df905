package fr.bde.approval.domain;

import java.util.Optional;

/**
 * Whether an offer may be published, given the approval it needs and where that approval stands:
 * the one place where the careers-committee and EN3S rules meet the publication functions.
 */
public final class PublicationGate {

    /** Where the approval of the offer's current version stands. */
    public enum State { NONE, IN_PROGRESS, APPROVED, REFUSED }

    private PublicationGate() {
    }

    /**
     * Which approval the offer needs now: careers-committee posts always; otherwise EN3S when today is
     * in the period and the offer in scope.
     */
    public static Optional<ApprovalKind> required(boolean careersCommitteePost, En3sPolicy.Offer en3sOffer,
                                                  boolean inEn3sPeriod) {
        if (careersCommitteePost) {
            return Optional.of(ApprovalKind.CAREERS_COMMITTEE);
        }
        if (inEn3sPeriod && En3sPolicy.isInScope(en3sOffer)) {
            return Optional.of(ApprovalKind.EN3S_DEROGATION);
        }
        return Optional.empty();
    }

    /**
     * Empty when the caller may publish; otherwise the message key saying why not.
     *
     * @param route          the careers-committee route, when the offer has one
     * @param callerOrgType  organisation type of the user publishing
     */
    public static Optional<String> refusal(Optional<ApprovalKind> required, Optional<CareersCommitteePolicy.Route> route,
                                           State state, String callerOrgType) {
        if (required.isEmpty()) {
            return Optional.empty();
        }
        if (required.get() == ApprovalKind.CAREERS_COMMITTEE) {
            if (route.isEmpty()) {
                return Optional.of("publication.refused.careersCommitteeNoRoute");
            }
            CareersCommitteePolicy.Publisher publisher = route.get().publisher();
            if (!publisher.name().equals(callerOrgType)) {
                return Optional.of("publication.refused.careersCommitteePublisher." + publisher.name());
            }
            return state == State.APPROVED ? Optional.empty()
                    : Optional.of("publication.refused.careersCommittee." + state.name());
        }
        return state == State.APPROVED ? Optional.empty() : Optional.of("publication.refused.en3s." + state.name());
    }
}
