package nl.burgernet.channel.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.api.Recipient;

/**
 * An in-memory channel for the core's dispatch tests: it records every batch it is asked to deliver and answers
 * {@code Sent} unless told otherwise. An address that is blank or contains white space fails, as a real channel's
 * invalid address would; tests can also script a retry or failure per address, or make the next call throw.
 */
@ApplicationScoped
public class RecordingChannel implements DeliveryChannel {

    public static final String ID = "test-recording";
    public static final String LABEL = "label";
    public static final String TOKEN = "token";

    /** One call of {@link #deliver}. */
    public record Delivery(DeliveryBatch batch, ChannelConfiguration configuration) {}

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, DeliveryResult> scripted = new ConcurrentHashMap<>();
    private final AtomicReference<RuntimeException> nextException = new AtomicReference<>();

    @Override
    public ChannelDescriptor descriptor() {
        // No address of its own: it records what it is given, for tests of the dispatch around it.
        return ChannelDescriptor.builder(ID)
                .name("Recording test channel")
                .addressKind(AddressKind.NONE)
                .build();
    }

    @Override
    public List<ConfigProperty> configurationSchema(Locale locale) {
        boolean dutch = "nl".equals(locale.getLanguage());
        return List.of(
                new ConfigProperty(
                        LABEL,
                        dutch ? "Naam van het kanaal" : "Channel name",
                        ConfigProperty.Type.STRING,
                        null,
                        true,
                        false,
                        dutch ? "Hoe dit testkanaal zich noemt." : "What this test channel calls itself.",
                        List.of()),
                new ConfigProperty(
                        TOKEN,
                        dutch ? "Toegangscode" : "Access token",
                        ConfigProperty.Type.STRING,
                        null,
                        false,
                        true,
                        dutch
                                ? "Een geheim, om te testen dat het niet getoond wordt."
                                : "A secret, to test it is never shown.",
                        List.of()));
    }

    @Override
    public List<String> validate(ChannelConfiguration configuration, Locale locale) {
        if (configuration.get(LABEL).isPresent()) {
            return List.of();
        }
        return List.of(
                "nl".equals(locale.getLanguage())
                        ? "Vul de naam van het kanaal in."
                        : "Please fill in the channel name.");
    }

    @Override
    public List<DeliveryResult> deliver(DeliveryBatch batch, ChannelConfiguration configuration) {
        RuntimeException failure = nextException.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        deliveries.add(new Delivery(batch, configuration));
        List<DeliveryResult> results = new ArrayList<>();
        for (Recipient recipient : batch.recipients()) {
            results.add(resultFor(recipient, batch));
        }
        return results;
    }

    private DeliveryResult resultFor(Recipient recipient, DeliveryBatch batch) {
        DeliveryResult script = scripted.get(recipient.address());
        if (script instanceof DeliveryResult.Retry retry) {
            return new DeliveryResult.Retry(recipient.deliveryId(), retry.reason(), retry.after());
        }
        if (script instanceof DeliveryResult.Failed failed) {
            return new DeliveryResult.Failed(recipient.deliveryId(), failed.reason());
        }
        if (recipient.address().isBlank() || recipient.address().chars().anyMatch(Character::isWhitespace)) {
            return new DeliveryResult.Failed(recipient.deliveryId(), "not an address: '" + recipient.address() + "'");
        }
        String providerId = ID + "-" + batch.message().alertReference() + "-"
                + batch.message().sequence() + "-" + recipient.deliveryId();
        return new DeliveryResult.Sent(recipient.deliveryId(), providerId);
    }

    /** From now on, recipients with this address get a {@code Retry} after the given time. */
    public void retryFor(String address, String reason, Duration after) {
        scripted.put(address, new DeliveryResult.Retry(0, reason, after));
    }

    /** From now on, recipients with this address get a {@code Failed}. */
    public void failFor(String address, String reason) {
        scripted.put(address, new DeliveryResult.Failed(0, reason));
    }

    /** The next call of {@link #deliver} throws this instead of delivering, as a broken plugin would. */
    public void throwOnNextDelivery(RuntimeException exception) {
        nextException.set(exception);
    }

    /** Every call of {@link #deliver} so far, oldest first. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Every recipient delivered to so far, in order. */
    public List<Recipient> recipients() {
        return deliveries.stream().flatMap(d -> d.batch().recipients().stream()).toList();
    }

    /** Forgets what was recorded and scripted. */
    public void reset() {
        deliveries.clear();
        scripted.clear();
        nextException.set(null);
    }
}
