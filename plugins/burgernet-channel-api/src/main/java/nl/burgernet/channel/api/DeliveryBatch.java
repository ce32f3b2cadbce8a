package nl.burgernet.channel.api;

import java.util.List;
import java.util.Objects;

/**
 * One message and the recipients it goes to in this batch. The message is rendered once per batch; only the
 * recipient's own parts (reply key, links, name) differ per recipient.
 *
 * @param batchId the core's id of this batch, for logs
 * @param municipality on whose behalf the message goes out
 * @param message what to send, in one language
 * @param recipients who to send it to; each gets exactly one {@link DeliveryResult}
 */
public record DeliveryBatch(
        long batchId, MunicipalityProfile municipality, OutgoingMessage message, List<Recipient> recipients) {

    public DeliveryBatch {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(message, "message");
        recipients = List.copyOf(recipients);
    }
}
