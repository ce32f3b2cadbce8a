package nl.burgernet.infrastructure.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import java.util.Collection;
import java.util.List;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.messaging.jms.Jms;

/**
 * Sends the ids the dispatch works on: "snapshot message N" to {@link #SNAPSHOT_QUEUE}, "deliver batch N" to the
 * queue of the batch's channel. Messages are persistent and sent in the caller's transaction (the connection
 * factory is XA), so a batch's JMS message exists if and only if its delivery records do.
 *
 * <p>Each channel has its own queue, so a slow channel never holds up another. Message-driven beans are declared at
 * compile time while channels are found at deployment, so the core has a fixed set of queues ("lanes",
 * {@code burgernet.delivery.0} … {@code .5}) and the deployed channel ids, in alphabetical order, are given one lane
 * each; a seventh channel would share a lane (a warning says so).
 */
@ApplicationScoped
public class DispatchQueues {

    public static final String SNAPSHOT_QUEUE = "burgernet.dispatch.snapshot";
    public static final String LANE_PREFIX = "burgernet.delivery.";
    public static final int LANES = 6;

    @Resource(lookup = Jms.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Inject
    ChannelRegistry registry;

    public void snapshot(long messageId) {
        send(SNAPSHOT_QUEUE, List.of(messageId));
    }

    public void deliver(String channel, Collection<Long> batchIds) {
        send(LANE_PREFIX + lane(channel), batchIds);
    }

    int lane(String channel) {
        List<String> ids =
                registry.descriptors().stream().map(d -> d.id()).sorted().toList();
        int index = ids.indexOf(channel);
        return Math.floorMod(index >= 0 ? index : channel.hashCode(), LANES);
    }

    private void send(String queue, Collection<Long> ids) {
        try (JMSContext context = connectionFactory.createContext()) {
            JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            var destination = context.createQueue(queue);
            for (long id : ids) {
                producer.send(destination, Long.toString(id));
            }
        }
    }
}
