package nl.burgernet.channel.api;

import java.util.List;

/**
 * One message and the recipients it goes to in this batch. The message is rendered once per batch; only the
 * recipient's own parts (reply key, links, name) differ per recipient.
 */
public record DeliveryBatch(long batchId, OutgoingMessage message, List<Recipient> recipients) {

    public DeliveryBatch {
        recipients = List.copyOf(recipients);
    }
}
