package nl.burgernet.channel.testkit;

import java.net.URI;
import nl.burgernet.channel.api.Recipient;

/**
 * Builds a {@link Recipient}. The defaults follow from the delivery id, so two recipients built with different ids
 * differ in address, reply key and links.
 */
public final class RecipientBuilder {

    private final long deliveryId;
    private String address;
    private String displayName;
    private String replyKey;
    private URI preferencesUrl;
    private URI unsubscribeUrl;
    private String threadReference = "";

    private RecipientBuilder(long deliveryId) {
        this.deliveryId = deliveryId;
        this.address = "deelnemer" + deliveryId + "@example.org";
        this.displayName = "Deelnemer " + deliveryId;
        this.replyKey = replyKeyFor(deliveryId);
        this.preferencesUrl = URI.create("https://burgernet.example/voorkeuren/" + replyKey);
        this.unsubscribeUrl = URI.create("https://burgernet.example/afmelden/" + replyKey);
    }

    public static RecipientBuilder aRecipient(long deliveryId) {
        return new RecipientBuilder(deliveryId);
    }

    /** A key shaped like the core's (URL-safe, 22 characters) that differs for every delivery id. */
    public static String replyKeyFor(long deliveryId) {
        String digits = Long.toString(deliveryId * 2_654_435_761L & Long.MAX_VALUE, 36);
        return ("rk" + digits + "x0000000000000000000000").substring(0, 22);
    }

    public RecipientBuilder address(String address) {
        this.address = address;
        return this;
    }

    public RecipientBuilder displayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public RecipientBuilder replyKey(String replyKey) {
        this.replyKey = replyKey;
        return this;
    }

    public RecipientBuilder preferencesUrl(URI preferencesUrl) {
        this.preferencesUrl = preferencesUrl;
        return this;
    }

    public RecipientBuilder unsubscribeUrl(URI unsubscribeUrl) {
        this.unsubscribeUrl = unsubscribeUrl;
        return this;
    }

    public RecipientBuilder threadReference(String threadReference) {
        this.threadReference = threadReference;
        return this;
    }

    public Recipient build() {
        return new Recipient(
                deliveryId, address, displayName, replyKey, preferencesUrl, unsubscribeUrl, threadReference);
    }
}
