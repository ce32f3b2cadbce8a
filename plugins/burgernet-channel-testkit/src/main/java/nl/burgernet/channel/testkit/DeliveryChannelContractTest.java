package nl.burgernet.channel.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.api.Recipient;
import org.junit.jupiter.api.Test;

/**
 * What every delivery channel promises the core. A channel's tests extend this class and say how to reach their
 * test server; the tests here then hold the channel to the SPI's contract. Extra tests of the channel itself go in
 * the subclass.
 */
public abstract class DeliveryChannelContractTest {

    /** The languages admins use; every label, help text and problem must exist in each. */
    protected static final List<Locale> ADMIN_LOCALES = List.of(Locale.ENGLISH, Locale.of("nl"));

    private static final Pattern CHANNEL_ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|passwd|secret|token|private.?key|api.?key|credential).*");

    /** The channel under test, set up to reach the test server. */
    protected abstract DeliveryChannel channel();

    /** Settings with which {@link DeliveryChannel#deliver} reaches the test server; must validate cleanly. */
    protected abstract ChannelConfiguration workingConfiguration();

    /** An address the channel can deliver to on the test server; {@code n} makes it differ per recipient. */
    protected abstract String deliverableAddress(int n);

    /** An address the channel must refuse for good, e.g. an e-mail address without {@code @}. */
    protected abstract String undeliverableAddress();

    /** The batch a test starts from; override to change its message or municipality. */
    protected DeliveryBatchBuilder aBatch() {
        return DeliveryBatchBuilder.aBatch();
    }

    @Test
    void idIsValidAndStable() {
        ChannelDescriptor first = channel().descriptor();
        ChannelDescriptor second = channel().descriptor();

        assertTrue(CHANNEL_ID.matcher(first.id()).matches(), "invalid channel id: " + first.id());
        assertEquals(first.id(), second.id(), "the id must not change between calls");
        assertFalse(first.name().isBlank(), "the channel needs a name for admins");
        assertFalse(first.version() == null || first.version().isBlank(), "the channel needs a version");
    }

    @Test
    void schemaDeclaresEverySettingWithLabelAndHelp() {
        for (Locale locale : ADMIN_LOCALES) {
            List<ConfigProperty> schema = channel().configurationSchema(locale);
            assertFalse(schema.isEmpty(), "a channel declares its settings (" + locale + ")");
            assertAll(schema.stream().map(property -> () -> {
                assertFalse(property.label().isBlank(), property.name() + " needs a label in " + locale);
                assertFalse(property.help().isBlank(), property.name() + " needs help text in " + locale);
                if (property.type() == ConfigProperty.Type.CHOICE && property.defaultValue() != null) {
                    assertTrue(
                            property.options().contains(property.defaultValue()),
                            property.name() + "'s default is not one of its options");
                }
            }));
        }
    }

    @Test
    void schemaIsTheSameInEveryLanguageButForTheWords() {
        Function<Locale, List<String>> names = locale -> channel().configurationSchema(locale).stream()
                .map(ConfigProperty::name)
                .toList();
        List<String> english = names.apply(Locale.ENGLISH);

        assertEquals(english.size(), new HashSet<>(english).size(), "setting names must be unique: " + english);
        for (Locale locale : ADMIN_LOCALES) {
            assertEquals(english, names.apply(locale), "settings differ in " + locale);
        }
    }

    @Test
    void settingsThatHoldSecretsAreMarkedSecret() {
        List<ConfigProperty> unmarked = channel().configurationSchema(Locale.ENGLISH).stream()
                .filter(p -> SECRET_NAME.matcher(p.name()).matches()
                        || SECRET_NAME.matcher(p.label()).matches())
                .filter(p -> !p.secret())
                .toList();

        assertEquals(List.of(), unmarked, "these settings hold secrets and must be marked secret");
    }

    @Test
    void workingConfigurationIsValid() {
        assertEquals(List.of(), channel().validate(workingConfiguration(), Locale.ENGLISH));
    }

    @Test
    void validateNamesEveryMissingRequiredSettingInTheAdminsLanguage() {
        ChannelConfiguration empty =
                new ChannelConfiguration(workingConfiguration().municipalityCode(), Map.of());
        for (Locale locale : ADMIN_LOCALES) {
            List<String> problems = channel().validate(empty, locale);
            List<ConfigProperty> requiredWithoutDefault = channel().configurationSchema(locale).stream()
                    .filter(ConfigProperty::required)
                    .filter(p -> p.defaultValue() == null || p.defaultValue().isBlank())
                    .toList();

            assertAll(requiredWithoutDefault.stream()
                    .map(property -> () -> assertTrue(
                            problems.stream().anyMatch(p -> p.toLowerCase(locale)
                                    .contains(property.label().toLowerCase(locale))),
                            "no problem names the missing setting '" + property.label() + "' in " + locale + ": "
                                    + problems)));
            assertAll(problems.stream()
                    .map(problem ->
                            () -> assertTrue(readsAsWords(problem), "not a sentence for an admin: " + problem)));
        }
    }

    @Test
    void deliverReturnsOneResultPerRecipientWithTheirDeliveryIds() {
        DeliveryBatch batch = aBatch().recipients(5, this::deliverableRecipient).build();

        List<DeliveryResult> results = channel().deliver(batch, workingConfiguration());

        assertEquals(
                deliveryIds(batch.recipients()),
                results.stream().map(DeliveryResult::deliveryId).collect(Collectors.toSet()));
        assertEquals(batch.recipients().size(), results.size(), "exactly one result per recipient: " + results);
        assertAll(results.stream().map(result -> () -> assertInstanceOf(DeliveryResult.Sent.class, result)));
    }

    @Test
    void anUndeliverableRecipientIsAFailedResultAndTheOthersStillGetTheMessage() {
        DeliveryBatchBuilder builder = aBatch().recipients(2, this::deliverableRecipient);
        long badId = builder.nextDeliveryId();
        builder.recipient(RecipientBuilder.aRecipient(badId).address(undeliverableAddress()))
                .recipients(2, this::deliverableRecipient);

        List<DeliveryResult> results = channel().deliver(builder.build(), workingConfiguration());

        assertEquals(5, results.size(), "exactly one result per recipient: " + results);
        assertAll(results.stream().map(result -> () -> {
            if (result.deliveryId() == badId) {
                DeliveryResult.Failed failed = assertInstanceOf(DeliveryResult.Failed.class, result);
                assertFalse(failed.reason().isBlank(), "a failure says why");
            } else {
                assertInstanceOf(DeliveryResult.Sent.class, result);
            }
        }));
    }

    @Test
    void anEmptyBatchGivesNoResults() {
        assertEquals(List.of(), channel().deliver(aBatch().build(), workingConfiguration()));
    }

    private Recipient deliverableRecipient(long deliveryId) {
        return RecipientBuilder.aRecipient(deliveryId)
                .address(deliverableAddress((int) deliveryId))
                .build();
    }

    private static Set<Long> deliveryIds(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::deliveryId).collect(Collectors.toSet());
    }

    /** Words for an admin, not a stack trace or a raw message. */
    private static boolean readsAsWords(String problem) {
        return problem != null
                && problem.strip().length() > 10
                && problem.contains(" ")
                && !problem.contains("Exception")
                && !problem.contains("null");
    }
}
