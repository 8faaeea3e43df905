package fr.bde.publication.service;

import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.publication.domain.Channel;
import fr.bde.publication.domain.ChannelKind;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The list of publication channels, kept by the Ucanss administrator: rename, reorder, add a site,
 * switch one off (its live publications are withdrawn, so its feed empties). ucanss.fr stays first
 * and active.
 */
@Stateless
@RolesAllowed(Role.Names.UCANSS_ADMIN)
public class ChannelAdminService {

    private static final Logger LOG = Logger.getLogger(ChannelAdminService.class.getName());

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private Clock clock;

    public List<Channel> all() {
        return em.createQuery("select c from Channel c order by c.rankOrder, c.code", Channel.class).getResultList();
    }

    public Channel save(ChannelForm form, boolean creating) {
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new BusinessException("code", "channel.code.invalid");
        }
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > Channel.NAME_MAX) {
            throw new BusinessException("name", "channel.name.required", Channel.NAME_MAX);
        }
        if (!validUrl(form.siteUrl())) {
            throw new BusinessException("siteUrl", "channel.siteUrl.invalid");
        }
        if (form.kind() == null || form.feedFormat() == null) {
            throw new BusinessException("kind", "channel.kind.required");
        }
        if (form.rankOrder() < 1 || form.rankOrder() > 999) {
            throw new BusinessException("rankOrder", "channel.rankOrder.range");
        }
        Channel channel = em.find(Channel.class, code);
        if (creating && channel != null) {
            throw new BusinessException("code", "channel.code.taken");
        }
        if (!creating && channel == null) {
            throw new NotFoundException("channel.notFound");
        }
        if (Channel.UCANSS.equals(code) && (!form.active() || form.kind() != ChannelKind.INSTITUTIONAL || form.rankOrder() != 1)) {
            throw new BusinessException("active", "channel.ucanss.fixed");
        }
        if (!Channel.UCANSS.equals(code) && form.rankOrder() == 1) {
            throw new BusinessException("rankOrder", "channel.rankOrder.ucanssFirst");
        }
        if (channel == null) {
            channel = new Channel(code);
            channel.configure(form.name().strip(), form.siteUrl().strip(), form.kind(), form.feedFormat(), form.rankOrder(),
                    form.active());
            em.persist(channel);
            return channel;
        }
        boolean switchedOff = channel.isActive() && !form.active();
        channel.configure(form.name().strip(), form.siteUrl().strip(), form.kind(), form.feedFormat(), form.rankOrder(),
                form.active());
        if (switchedOff) {
            int withdrawn = em.createQuery("update Publication p set p.withdrawnAt = :now, p.withdrawnBy = :by "
                            + "where p.channel = :channel and p.withdrawnAt is null")
                    .setParameter("now", clock.instant()).setParameter("by", users.currentUser().getLogin())
                    .setParameter("channel", channel).executeUpdate();
            LOG.info("Channel " + code + " switched off; publications withdrawn: " + withdrawn);
        }
        return channel;
    }

    static boolean validUrl(String url) {
        if (url == null || url.isBlank() || url.strip().length() > Channel.URL_MAX) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
