package fr.bde.web.admin;

import fr.bde.common.BusinessException;
import fr.bde.publication.domain.Channel;
import fr.bde.publication.domain.ChannelKind;
import fr.bde.publication.service.ChannelAdminService;
import fr.bde.publication.service.ChannelForm;
import fr.bde.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The publication channels, for the Ucanss administrator (/admin/canaux.xhtml). */
@Named
@ViewScoped
public class ChannelsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "channelForm";

    @Inject
    private ChannelAdminService channels;

    private List<ChannelForm> rows = List.of();
    private boolean creating;
    private boolean editing;
    private String code;
    private String name;
    private String siteUrl;
    private ChannelKind kind;
    private Channel.FeedFormat feedFormat;
    private int rankOrder;
    private boolean active = true;

    @PostConstruct
    void load() {
        rows = channels.all().stream().map(c -> new ChannelForm(c.getCode(), c.getName(), c.getSiteUrl(), c.getKind(),
                c.getFeedFormat(), c.getRankOrder(), c.isActive())).toList();
    }

    public void edit(ChannelForm row) {
        creating = false;
        editing = true;
        code = row.code();
        name = row.name();
        siteUrl = row.siteUrl();
        kind = row.kind();
        feedFormat = row.feedFormat();
        rankOrder = row.rankOrder();
        active = row.active();
    }

    public void startNew() {
        creating = true;
        editing = true;
        code = null;
        name = null;
        siteUrl = "https://";
        kind = ChannelKind.DIVERSITY;
        feedFormat = Channel.FeedFormat.XML;
        rankOrder = rows.stream().mapToInt(ChannelForm::rankOrder).max().orElse(1) + 1;
        active = true;
    }

    public void save() {
        try {
            channels.save(new ChannelForm(code, name, siteUrl, kind, feedFormat, rankOrder, active), creating);
            Messages.info("admin.channels.saved", name);
            editing = false;
            load();
        } catch (BusinessException e) {
            Messages.error(FORM, e);
        }
    }

    public void cancel() {
        editing = false;
    }

    public ChannelKind[] getKinds() {
        return ChannelKind.values();
    }

    public Channel.FeedFormat[] getFormats() {
        return Channel.FeedFormat.values();
    }

    public List<ChannelForm> getRows() {
        return rows;
    }

    public boolean isCreating() {
        return creating;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSiteUrl() {
        return siteUrl;
    }

    public void setSiteUrl(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public void setKind(ChannelKind kind) {
        this.kind = kind;
    }

    public Channel.FeedFormat getFeedFormat() {
        return feedFormat;
    }

    public void setFeedFormat(Channel.FeedFormat feedFormat) {
        this.feedFormat = feedFormat;
    }

    public int getRankOrder() {
        return rankOrder;
    }

    public void setRankOrder(int rankOrder) {
        this.rankOrder = rankOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
