package nl.burgernet.application.dispatch;

import java.util.List;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.DeliveryBatch;

/** A claimed batch, ready for its channel: what to send, the municipality's settings, and the claim's token. */
public record BatchWork(
        BatchHead head,
        String token,
        DeliveryBatch batch,
        ChannelConfiguration configuration,
        List<ClaimedDelivery> claimed) {}
