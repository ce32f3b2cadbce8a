package nl.burgernet.channel.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.MunicipalityProfile;
import nl.burgernet.channel.api.OutgoingMessage;
import nl.burgernet.channel.api.Recipient;

/**
 * Builds a {@link DeliveryBatch}: by default the first message of a Dutch alert from Stichtse Vecht, with no
 * recipients until some are added.
 */
public final class DeliveryBatchBuilder {

    private long batchId = 1;
    private MunicipalityProfile municipality =
            MunicipalityProfileBuilder.aMunicipality().build();
    private OutgoingMessage message = OutgoingMessageBuilder.anAlert().build();
    private final List<Recipient> recipients = new ArrayList<>();
    private long nextDeliveryId = 1001;

    private DeliveryBatchBuilder() {}

    public static DeliveryBatchBuilder aBatch() {
        return new DeliveryBatchBuilder();
    }

    public DeliveryBatchBuilder batchId(long batchId) {
        this.batchId = batchId;
        return this;
    }

    public DeliveryBatchBuilder municipality(MunicipalityProfile municipality) {
        this.municipality = municipality;
        return this;
    }

    public DeliveryBatchBuilder municipality(MunicipalityProfileBuilder municipality) {
        return municipality(municipality.build());
    }

    public DeliveryBatchBuilder message(OutgoingMessage message) {
        this.message = message;
        return this;
    }

    public DeliveryBatchBuilder message(OutgoingMessageBuilder message) {
        return message(message.build());
    }

    public DeliveryBatchBuilder recipient(Recipient recipient) {
        recipients.add(recipient);
        nextDeliveryId = Math.max(nextDeliveryId, recipient.deliveryId() + 1);
        return this;
    }

    public DeliveryBatchBuilder recipient(RecipientBuilder recipient) {
        return recipient(recipient.build());
    }

    /** Adds {@code count} recipients with consecutive delivery ids and the builder's default e-mail addresses. */
    public DeliveryBatchBuilder recipients(int count) {
        return recipients(count, id -> RecipientBuilder.aRecipient(id).build());
    }

    /** Adds {@code count} recipients with consecutive delivery ids, each made by {@code factory} from its id. */
    public DeliveryBatchBuilder recipients(int count, LongFunction<Recipient> factory) {
        for (int i = 0; i < count; i++) {
            recipient(factory.apply(nextDeliveryId));
        }
        return this;
    }

    /** The delivery id the next added recipient gets by default. */
    public long nextDeliveryId() {
        return nextDeliveryId;
    }

    public DeliveryBatch build() {
        return new DeliveryBatch(batchId, municipality, message, recipients);
    }
}
