package nl.burgernet.channel.api;

/**
 * One participant as a channel sees them: only what is needed to reach them.
 *
 * @param deliveryId the delivery record this result belongs to
 * @param address e-mail address, phone number or push token, depending on the channel
 * @param displayName how to greet them; may be empty
 * @param replyKey unguessable key that ties an answer to this delivery
 */
public record Recipient(long deliveryId, String address, String displayName, String replyKey) {}
