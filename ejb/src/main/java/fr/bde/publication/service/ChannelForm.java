package fr.bde.publication.service;

import fr.bde.publication.domain.Channel;
import fr.bde.publication.domain.ChannelKind;

/** What the administrator types for a channel. */
public record ChannelForm(String code, String name, String siteUrl, ChannelKind kind, Channel.FeedFormat feedFormat,
                          int rankOrder, boolean active) {
}
