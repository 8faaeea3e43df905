package fr.bde.web.recruiter;

import fr.bde.common.BusinessException;
import fr.bde.publication.domain.Channel;
import fr.bde.publication.domain.ChannelDispatch;
import fr.bde.publication.service.ChannelStatus;
import fr.bde.publication.service.PublicationService;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The publication tab of an offer: every active channel with its state, the fields it still needs and,
 * for a new account, from when it opens; publishing on the chosen channels (ucanss.fr first),
 * withdrawing, and the log of what was sent to which channel. When the offer may not be published now
 * (approval, status, publisher) the tab says why instead of offering to publish.
 */
@Named
@ViewScoped
public class OfferPublicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "publicationForm";
    /** Refusals about the choice of channels are shown beside the channel table. */
    private static final Set<String> CHANNEL_FIELDS = Set.of("channels", "salary", "educationLevel");

    @Inject
    private PublicationService publications;

    @Inject
    private OfferEditBacking offer;

    private transient List<ChannelStatus> channels;
    private transient List<ChannelDispatch> dispatches;
    private String refusal;
    private List<String> contentProblems = List.of();
    private final HashMap<String, Boolean> selected = new HashMap<>();
    private boolean showSalary;

    /** viewAction, after the offer is loaded: what stops publication, and ucanss.fr ticked while it is not live. */
    public void prepare() {
        if (offer.getCurrentTab() != OfferTab.PUBLICATION) {
            return;
        }
        showSalary = offer.isShowSalary();
        refusal = publications.refusal(offer.getId()).orElse(null);
        contentProblems = publications.contentProblems(offer.getId()).stream().map(v -> v.messageKey()).toList();
        getChannels().stream().filter(c -> c.channel().isUcanss() && !c.live())
                .forEach(c -> selected.put(Channel.UCANSS, Boolean.TRUE));
    }

    public String publish() {
        List<String> codes = getChannels().stream().map(c -> c.channel().getCode())
                .filter(code -> Boolean.TRUE.equals(selected.get(code))).toList();
        try {
            publications.publish(offer.getId(), codes, showSalary);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("recruiter.publication.published", offer.getReference(), codes.size());
            return OfferTab.PUBLICATION.outcome(offer.getId());
        } catch (BusinessException e) {
            if (e.getField() != null && CHANNEL_FIELDS.contains(e.getField())) {
                Messages.error(FORM + ":channels", e.getMessageKey(), e.getArguments());
            }
            Messages.error(null, e.getMessageKey(), e.getArguments());
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    public String withdraw(String channelCode) {
        try {
            publications.withdraw(offer.getId(), channelCode);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(Channel.UCANSS.equals(channelCode) ? "recruiter.publication.withdrawnEverywhere"
                    : "recruiter.publication.withdrawn", offer.getReference());
            return OfferTab.PUBLICATION.outcome(offer.getId());
        } catch (BusinessException e) {
            Messages.error(null, e);
            channels = null;
            return null;
        }
    }

    /** Bundle key saying which fields a channel still needs (education level, salary or both). */
    public String missingKey(ChannelStatus channel) {
        return "recruiter.publication.missing." + String.join(".", channel.missingFields());
    }

    /** Publishing is offered to whoever may publish the offer now. */
    public boolean isPublishable() {
        return refusal == null;
    }

    public boolean isAnyLive() {
        return getChannels().stream().anyMatch(ChannelStatus::live);
    }

    public List<ChannelStatus> getChannels() {
        if (channels == null) {
            channels = publications.channels(offer.getId());
        }
        return channels;
    }

    public List<ChannelDispatch> getDispatches() {
        if (dispatches == null) {
            dispatches = publications.dispatches(offer.getId());
        }
        return dispatches;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<String> getContentProblems() {
        return contentProblems;
    }

    public Map<String, Boolean> getSelected() {
        return selected;
    }

    public boolean isShowSalary() {
        return showSalary;
    }

    public void setShowSalary(boolean showSalary) {
        this.showSalary = showSalary;
    }
}
