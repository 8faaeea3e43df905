package fr.bde.publication.service;

import fr.bde.approval.domain.ApprovalProcess;
import fr.bde.approval.domain.ProcessStatus;
import fr.bde.approval.service.ApprovalRules;
import fr.bde.common.BusinessException;
import fr.bde.common.PublicLinks;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferEvent;
import fr.bde.offer.domain.PublicationPolicy;
import fr.bde.offer.service.OfferAccess;
import fr.bde.publication.connector.ChannelConnector;
import fr.bde.publication.connector.ChannelConnectors;
import fr.bde.publication.connector.FeedOffer;
import fr.bde.publication.domain.Channel;
import fr.bde.publication.domain.ChannelDispatch;
import fr.bde.publication.domain.ChannelRules;
import fr.bde.publication.domain.Publication;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishing an offer on channels (seed 000 §1.4, §1.8): ucanss.fr first; the field rules of each
 * channel; the new-account delay on non-institutional channels; the approval an offer needs
 * (careers committee, EN3S). Each publication and withdrawal goes through the channel's connector
 * and is recorded (what was sent, when).
 */
@Stateless
@RolesAllowed({Role.Names.RECRUITER, Role.Names.UCANSS_ADMIN})
public class PublicationService {

    /** Hours a new recruiter account waits before publishing outside institutional sites. */
    public static final String NEW_ACCOUNT_DELAY_PROPERTY = "bde.publication.new-account-delay-hours";

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private OfferAccess access;

    @Inject
    private UserDirectory users;

    @Inject
    private ApprovalRules rules;

    @Inject
    private ChannelConnectors connectors;

    @Inject
    private PublicLinks links;

    @Inject
    private Clock clock;

    @PermitAll
    public List<Channel> activeChannels() {
        return em.createQuery("select c from Channel c where c.active = true order by c.rankOrder", Channel.class)
                .getResultList();
    }

    /** Every active channel for this offer: live or not, missing fields, new-account delay. */
    public List<ChannelStatus> channels(Long offerId) {
        JobOffer offer = access.forStaff(offerId);
        AppUser user = users.currentUser();
        Map<String, Publication> publications = publicationsByChannel(offer);
        Instant now = clock.instant();
        return activeChannels().stream().map(channel -> {
            Publication p = publications.get(channel.getCode());
            boolean live = p != null && p.isLive();
            List<String> missing = ChannelRules.missingFields(channel.getKind(), offer.getEducationLevel() != null,
                    offer.getSalary() != null);
            Instant from = ChannelRules.availableFrom(channel.getKind(), user.getCreatedAt(), now, newAccountDelay())
                    .orElse(null);
            return new ChannelStatus(channel, live, p == null ? null : p.getPublishedAt(),
                    p == null ? null : p.getWithdrawnAt(), missing, from);
        }).toList();
    }

    /** Why the caller may not publish this offer at all now (approval, status); empty when they may. */
    public Optional<String> refusal(Long offerId) {
        JobOffer offer = access.forStaff(offerId);
        return statusRefusal(offer).or(() -> rules.publicationRefusal(offer, users.currentUser().getOrganisation()));
    }

    /** What the offer lacks for any publication (title, description, level, closing date). */
    public List<PublicationPolicy.Violation> contentProblems(Long offerId) {
        return PublicationPolicy.check(access.forStaff(offerId), LocalDate.now(clock));
    }

    /**
     * Publishes the offer on the chosen channels, ucanss.fr first. {@code showSalary}: whether the
     * salary also shows on institutional sites.
     */
    public JobOffer publish(Long offerId, Collection<String> channelCodes, boolean showSalary) {
        JobOffer offer = access.forStaff(offerId);
        AppUser user = users.currentUser();
        statusRefusal(offer).ifPresent(key -> {
            throw new BusinessException(key);
        });
        List<PublicationPolicy.Violation> violations = PublicationPolicy.check(offer, LocalDate.now(clock));
        if (!violations.isEmpty()) {
            throw new BusinessException(violations.get(0).field(), violations.get(0).messageKey());
        }
        rules.trackEn3s(offer);
        rules.publicationRefusal(offer, user.getOrganisation()).ifPresent(key -> {
            throw new BusinessException(key);
        });
        Set<String> codes = new LinkedHashSet<>(channelCodes == null ? List.of() : channelCodes);
        if (codes.isEmpty()) {
            throw new BusinessException("channels", "publication.channels.required");
        }
        Map<String, Channel> active = activeChannels().stream().collect(Collectors.toMap(Channel::getCode, Function.identity()));
        Map<String, Publication> existing = publicationsByChannel(offer);
        boolean ucanssLive = existing.containsKey(Channel.UCANSS) && existing.get(Channel.UCANSS).isLive();
        if (!ucanssLive && !codes.contains(Channel.UCANSS)) {
            throw new BusinessException("channels", "publication.ucanssFirst");
        }
        offer.setShowSalary(showSalary);
        Instant now = clock.instant();
        List<Channel> chosen = codes.stream().map(code -> {
            Channel channel = active.get(code);
            if (channel == null) {
                throw new BusinessException("channels", "publication.channel.unknown", (Object) code);
            }
            return channel;
        }).sorted((a, b) -> Integer.compare(a.getRankOrder(), b.getRankOrder())).toList();
        for (Channel channel : chosen) {
            checkChannel(offer, channel, user, now);
        }
        offer.markPublished(now);
        for (Channel channel : chosen) {
            Publication publication = existing.get(channel.getCode());
            ChannelDispatch.Action action = ChannelDispatch.Action.PUBLISH;
            if (publication == null) {
                em.persist(new Publication(offer, channel, user.getLogin(), now));
            } else if (publication.isLive()) {
                action = ChannelDispatch.Action.UPDATE;
            } else {
                publication.republish(user.getLogin(), now);
            }
            dispatch(offer, channel, action, user.getLogin(), now);
            em.persist(new OfferEvent(offer, OfferEvent.Action.PUBLISHED, user.getLogin(), now, channel.getName()));
        }
        return offer;
    }

    /** Withdraws the offer from one channel; withdrawing it from ucanss.fr withdraws it everywhere. */
    public JobOffer withdraw(Long offerId, String channelCode) {
        JobOffer offer = access.forStaff(offerId);
        AppUser user = users.currentUser();
        Map<String, Publication> existing = publicationsByChannel(offer);
        Publication publication = existing.get(channelCode);
        if (publication == null || !publication.isLive()) {
            throw new BusinessException("publication.withdraw.notLive");
        }
        Instant now = clock.instant();
        List<Publication> targets = Channel.UCANSS.equals(channelCode)
                ? existing.values().stream().filter(Publication::isLive).toList() : List.of(publication);
        for (Publication p : targets) {
            withdraw(offer, p, user.getLogin(), now);
        }
        if (existing.values().stream().noneMatch(Publication::isLive)) {
            offer.markUnpublished(approvalStillValid(offer), now);
        }
        return offer;
    }

    /** Takes a closing offer off every channel (filled, cancelled, expired). */
    @PermitAll
    public void withdrawEverywhere(JobOffer offer, String actor, Instant now) {
        publicationsByChannel(offer).values().stream().filter(Publication::isLive)
                .forEach(p -> withdraw(offer, p, actor, now));
    }

    public List<ChannelDispatch> dispatches(Long offerId) {
        JobOffer offer = access.forStaff(offerId);
        return em.createQuery("select d from ChannelDispatch d where d.offer = :offer order by d.at desc, d.id desc",
                        ChannelDispatch.class)
                .setParameter("offer", offer).setMaxResults(200).getResultList();
    }

    public List<Publication> publications(Long offerId) {
        JobOffer offer = access.forStaff(offerId);
        return em.createQuery("select p from Publication p where p.offer = :offer order by p.channel.rankOrder",
                Publication.class).setParameter("offer", offer).getResultList();
    }

    static Duration newAccountDelay() {
        return Duration.ofHours(Long.getLong(NEW_ACCOUNT_DELAY_PROPERTY, ChannelRules.DEFAULT_NEW_ACCOUNT_DELAY.toHours()));
    }

    private Optional<String> statusRefusal(JobOffer offer) {
        return switch (offer.getStatus()) {
            case CLOSED -> Optional.of("publication.refused.closed");
            case PENDING_APPROVAL -> Optional.of("publication.refused.pendingApproval");
            default -> Optional.empty();
        };
    }

    private void checkChannel(JobOffer offer, Channel channel, AppUser user, Instant now) {
        List<String> missing = ChannelRules.missingFields(channel.getKind(), offer.getEducationLevel() != null,
                offer.getSalary() != null);
        if (!missing.isEmpty()) {
            throw new BusinessException(missing.get(0), "publication.missing." + missing.get(0), channel.getName());
        }
        ChannelRules.availableFrom(channel.getKind(), user.getCreatedAt(), now, newAccountDelay()).ifPresent(from -> {
            throw new BusinessException("channels", "publication.newAccount", channel.getName(), java.util.Date.from(from));
        });
    }

    private boolean approvalStillValid(JobOffer offer) {
        return rules.required(offer).map(kind -> rules.current(offer, kind)
                .map(ApprovalProcess::getStatus).filter(s -> s == ProcessStatus.APPROVED).isPresent())
                .orElse(false);
    }

    private void withdraw(JobOffer offer, Publication publication, String actor, Instant now) {
        publication.withdraw(actor, now);
        em.persist(new ChannelDispatch(offer, publication.getChannel(), ChannelDispatch.Action.WITHDRAW, actor, now, null));
        em.persist(new OfferEvent(offer, OfferEvent.Action.WITHDRAWN, actor, now, publication.getChannel().getName()));
    }

    private void dispatch(JobOffer offer, Channel channel, ChannelDispatch.Action action, String actor, Instant now) {
        ChannelConnector connector = connectors.of(channel);
        String payload = connector.item(channel, FeedOffer.of(offer, channel, now, links.publicOffer(offer.getReference())));
        em.persist(new ChannelDispatch(offer, channel, action, actor, now, payload));
    }

    private Map<String, Publication> publicationsByChannel(JobOffer offer) {
        return em.createQuery("select p from Publication p where p.offer = :offer", Publication.class)
                .setParameter("offer", offer).getResultStream()
                .collect(Collectors.toMap(p -> p.getChannel().getCode(), Function.identity()));
    }
}
