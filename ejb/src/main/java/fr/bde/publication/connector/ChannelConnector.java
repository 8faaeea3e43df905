package fr.bde.publication.connector;

import fr.bde.publication.domain.Channel;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/**
 * One way of sending offers to channels. Every channel is served through one of these: the item
 * rendered at publication is recorded (what was sent, when), and the channel's feed lists its live
 * offers, so a withdrawn offer leaves the feed.
 */
public interface ChannelConnector {

    Channel.FeedFormat format();

    String contentType();

    /** One offer as sent to the channel. */
    String item(Channel channel, FeedOffer offer);

    /** The channel's whole feed, streamed. */
    void writeFeed(Channel channel, Iterator<FeedOffer> offers, Writer out) throws IOException;
}
