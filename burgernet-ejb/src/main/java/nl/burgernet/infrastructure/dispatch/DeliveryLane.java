package nl.burgernet.infrastructure.dispatch;

import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import nl.burgernet.application.dispatch.BatchProcessor;

/**
 * A thin consumer of one delivery lane (see {@link DispatchQueues}): hands the batch id to the {@link
 * BatchProcessor}, which claims, delivers and records. The message is acknowledged when that returns; if the server
 * dies first, the broker delivers it again and the claims tell what is left to do. The lanes' maxSession is how many
 * batches of one channel are delivered at once.
 */
public abstract class DeliveryLane implements MessageListener {

    @Inject
    BatchProcessor processor;

    @Override
    public void onMessage(Message message) {
        processor.process(idIn(message));
    }

    static long idIn(Message message) {
        try {
            return Long.parseLong(((TextMessage) message).getText().strip());
        } catch (JMSException | ClassCastException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an id message: " + message, e);
        }
    }
}
