package fr.bde.approval.service;

import fr.bde.approval.domain.ApprovalKind;
import fr.bde.approval.domain.ApprovalProcess;
import fr.bde.approval.domain.ApprovalStep;
import fr.bde.approval.domain.CareersCommitteePolicy;
import fr.bde.approval.domain.En3sPolicy;
import fr.bde.approval.domain.ProcessStatus;
import fr.bde.approval.domain.PublicationGate;
import fr.bde.common.ClockProducer;
import fr.bde.offer.domain.En3sAnswer;
import fr.bde.offer.domain.JobOffer;
import fr.bde.organisation.domain.Organisation;
import fr.bde.referential.domain.QualificationLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The approval policies applied to offer entities: what an offer needs now and where it stands. */
@ApplicationScoped
public class ApprovalRules {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<ApprovalKind> required(JobOffer offer) {
        return PublicationGate.required(offer.isCareersCommittee(), en3sView(offer), En3sPolicy.isInPeriod(clock));
    }

    public Optional<CareersCommitteePolicy.Route> route(Organisation organisation) {
        return CareersCommitteePolicy.route(organisation.typeCode(), organisation.getType().getBranch().getCode(),
                organisation.getType().getScheme().getCode());
    }

    public boolean inEn3sScope(JobOffer offer) {
        return En3sPolicy.isInScope(en3sView(offer));
    }

    /** Records that the EN3S rule applied to the offer this year (for the control report). */
    public void trackEn3s(JobOffer offer) {
        if (!offer.isCareersCommittee() && En3sPolicy.isInPeriod(clock) && inEn3sScope(offer)) {
            offer.subjectToEn3s(LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear());
        }
    }

    /**
     * Keeps the offer's EN3S follow-up in step with its latest EN3S request (not withdrawn): asked,
     * validated or refused, and when EN3S answered. Called whenever such a request starts, is answered
     * or is withdrawn; the control report counts on it.
     */
    public void followEn3s(JobOffer offer) {
        Optional<ApprovalProcess> latest = em.createQuery("select p from ApprovalProcess p where p.offer = :offer "
                        + "and p.kind = :kind and p.status <> :cancelled order by p.startedAt desc, p.id desc",
                        ApprovalProcess.class)
                .setParameter("offer", offer).setParameter("kind", ApprovalKind.EN3S_DEROGATION)
                .setParameter("cancelled", ProcessStatus.CANCELLED)
                .setMaxResults(1).getResultStream().findFirst();
        En3sAnswer answer = latest.map(p -> switch (p.getStatus()) {
            case IN_PROGRESS -> En3sAnswer.PENDING;
            case APPROVED -> En3sAnswer.VALIDATED;
            case REFUSED -> En3sAnswer.REFUSED;
            case CANCELLED -> null;
        }).orElse(null);
        Instant answeredAt = latest.flatMap(p -> p.getSteps().stream().map(ApprovalStep::getAnsweredAt)
                .filter(Objects::nonNull).findFirst()).orElse(null);
        offer.followEn3s(answer, answeredAt);
    }

    /** The latest process of that kind for the offer, if it counts for the current version. */
    public Optional<ApprovalProcess> current(JobOffer offer, ApprovalKind kind) {
        return em.createQuery("select p from ApprovalProcess p where p.offer = :offer and p.kind = :kind "
                        + "and p.status <> :cancelled order by p.startedAt desc, p.id desc", ApprovalProcess.class)
                .setParameter("offer", offer).setParameter("kind", kind)
                .setParameter("cancelled", ProcessStatus.CANCELLED)
                .setMaxResults(1).getResultStream().findFirst()
                .filter(p -> p.getStatus() == ProcessStatus.IN_PROGRESS || p.getOfferVersion() >= offer.getApprovalMinVersion());
    }

    public PublicationGate.State state(JobOffer offer, ApprovalKind kind) {
        return current(offer, kind).map(p -> switch (p.getStatus()) {
            case IN_PROGRESS -> PublicationGate.State.IN_PROGRESS;
            case APPROVED -> PublicationGate.State.APPROVED;
            case REFUSED -> PublicationGate.State.REFUSED;
            case CANCELLED -> PublicationGate.State.NONE;
        }).orElse(PublicationGate.State.NONE);
    }

    /** Empty when a user of {@code caller} may publish the offer now; otherwise the reason. */
    public Optional<String> publicationRefusal(JobOffer offer, Organisation caller) {
        Optional<ApprovalKind> required = required(offer);
        if (required.isEmpty()) {
            return Optional.empty();
        }
        return PublicationGate.refusal(required, route(offer.getOrganisation()), state(offer, required.get()),
                caller.typeCode());
    }

    static En3sPolicy.Offer en3sView(JobOffer offer) {
        QualificationLevel level = offer.getQualificationLevel();
        Organisation organisation = offer.getOrganisation();
        return new En3sPolicy.Offer(organisation.typeCode(), organisation.isGeneralSchemeAgreement(),
                level == null ? null : level.getScheme().getCode(), level == null ? 0 : level.getGrade(),
                offer.isExecutive());
    }
}
