package fr.bde.publication.connector;

import fr.bde.publication.domain.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The connector serving a channel, by its feed format. */
@ApplicationScoped
public class ChannelConnectors {

    @Inject
    private Instance<ChannelConnector> connectors;

    public ChannelConnector of(Channel channel) {
        return connectors.stream().filter(c -> c.format() == channel.getFeedFormat()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No connector for " + channel.getFeedFormat()));
    }
}
