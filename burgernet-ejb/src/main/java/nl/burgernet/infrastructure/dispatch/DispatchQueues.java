package nl.burgernet.infrastructure.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import nl.burgernet.infrastructure.messaging.jms.Jms;

/**
 * Sends the ids the dispatch works on: "snapshot message N" to {@link #SNAPSHOT_QUEUE}, "deliver batch N" to {@link
 * #DELIVERY_QUEUE}. Messages are persistent and sent in the caller's transaction (the connection factory is XA), so a
 * batch's JMS message exists if and only if its delivery records do.
 *
 * <p>All channels share one delivery queue, and the queue is not where channels are kept apart: its consumer only
 * admits a batch into its channel's lane ({@link ChannelLanes}), which has threads and limits of its own, or puts
 * it back with a delay when that lane is full. So the number of channels is whatever is deployed, and a slow or
 * hanging channel fills only its own lane. The channel travels as a property, so admission needs no database read.
 */
@ApplicationScoped
public class DispatchQueues {

    public static final String SNAPSHOT_QUEUE = "burgernet.dispatch.snapshot";
    public static final String DELIVERY_QUEUE = "burgernet.delivery";
    static final String CHANNEL = "channel";
    static final String DEFERRALS = "deferrals";

    @Resource(lookup = Jms.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    public void snapshot(long messageId) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(context.createQueue(SNAPSHOT_QUEUE), Long.toString(messageId));
        }
    }

    public void deliver(String channel, Collection<Long> batchIds) {
        try (JMSContext context = connectionFactory.createContext()) {
            var queue = context.createQueue(DELIVERY_QUEUE);
            for (long id : batchIds) {
                producer(context, channel, 0).send(queue, Long.toString(id));
            }
        }
    }

    /** The batch again after {@code delay}, its {@code deferrals}-th time: its channel's lane was full. */
    public void deliverLater(String channel, long batchId, int deferrals, Duration delay) {
        try (JMSContext context = connectionFactory.createContext()) {
            producer(context, channel, deferrals)
                    .setDeliveryDelay(delay.toMillis())
                    .send(context.createQueue(DELIVERY_QUEUE), Long.toString(batchId));
        }
    }

    private static JMSProducer producer(JMSContext context, String channel, int deferrals) {
        return context.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(CHANNEL, channel)
                .setProperty(DEFERRALS, deferrals);
    }

    /** A delivery or snapshot message as sent here. */
    record Ids(long id, String channel, int deferrals) {

        static Ids of(Message message) {
            try {
                long id = Long.parseLong(((TextMessage) message).getText().strip());
                String channel = message.propertyExists(CHANNEL) ? message.getStringProperty(CHANNEL) : null;
                int deferrals = message.propertyExists(DEFERRALS) ? message.getIntProperty(DEFERRALS) : 0;
                return new Ids(id, channel, deferrals);
            } catch (JMSException | ClassCastException | NumberFormatException e) {
                throw new IllegalArgumentException("Not an id message: " + message, e);
            }
        }

        List<Long> asList() {
            return List.of(id);
        }
    }
}
