package nl.burgernet.infrastructure.dispatch;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Duration;
import nl.burgernet.infrastructure.messaging.jms.Jms;

/**
 * The one consumer of "deliver batch N" for every channel. It does no delivery itself: it admits the batch into its
 * channel's lane (to run, or to wait there for a place) and is done, or, when the lane and its waiting room are full,
 * sends it back to the queue with a growing delay, in the same transaction as it acknowledges it. So a session of this bean is never held by a channel, and no channel can
 * make another wait. If the server dies after the acknowledgement and before the lane claimed the batch, the
 * deliveries are still PENDING: the sweep queues them again when the server is back.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Jms.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = DispatchQueues.DELIVERY_QUEUE),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
        })
public class DeliveryConsumer implements MessageListener {

    private static final Duration FIRST_DEFERRAL = Duration.ofMillis(200);
    private static final Duration LONGEST_DEFERRAL = Duration.ofSeconds(5);

    @Inject
    ChannelLanes lanes;

    @Inject
    DispatchQueues queues;

    @Override
    public void onMessage(Message message) {
        DispatchQueues.Ids ids = DispatchQueues.Ids.of(message);
        ChannelLanes.Admission admission;
        try {
            admission = lanes.admit(ids.id());
        } catch (RuntimeException e) {
            // The database refused: the message is redelivered, and may end in the dead letter queue if it stays
            // down; the batch is still waiting in the database, and the next sweep queues it again.
            lanes.databaseRefused();
            throw e;
        }
        if (admission instanceof ChannelLanes.Admission.Full full) {
            int deferrals = ids.deferrals() + 1;
            queues.deliverLater(full.channel(), ids.id(), deferrals, deferral(deferrals));
        }
    }

    /** 200 ms, doubling to 5 s: a lane that stays full is asked less and less often. */
    static Duration deferral(int deferrals) {
        Duration d = FIRST_DEFERRAL.multipliedBy(1L << Math.min(5, Math.max(0, deferrals - 1)));
        return d.compareTo(LONGEST_DEFERRAL) > 0 ? LONGEST_DEFERRAL : d;
    }
}
