package nl.burgernet.channel.sms;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.api.OutgoingMessage;
import nl.burgernet.channel.sms.text.SmsParts;
import nl.burgernet.channel.sms.text.SmsRenderer;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import nl.burgernet.channel.testkit.DeliveryChannelContractTest;
import nl.burgernet.channel.testkit.OutgoingMessageBuilder;
import nl.burgernet.channel.testkit.RecipientBuilder;
import nl.burgernet.smsc.ReceivedSms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS channel against the SPI's contract and the SMSC simulator on loopback. */
class SmsChannelTest extends DeliveryChannelContractTest {

    private TestSmsc smsc;
    private SmsChannel channel;

    @BeforeEach
    void start() throws Exception {
        smsc = new TestSmsc();
        channel = new SmsChannel();
    }

    @AfterEach
    void stop() {
        channel.close();
        smsc.close();
    }

    @Override
    protected DeliveryChannel channel() {
        return channel;
    }

    @Override
    protected ChannelConfiguration workingConfiguration() {
        return smsc.workingConfiguration();
    }

    @Override
    protected String deliverableAddress(int n) {
        return TestSmsc.number(n);
    }

    @Override
    protected String undeliverableAddress() {
        return "06-12345678";
    }

    @Test
    void theDescriptorAsksForMobileNumbersAndTakesReplies() {
        ChannelDescriptor descriptor = channel.descriptor();
        assertEquals("sms", descriptor.id());
        assertEquals(AddressKind.MOBILE_NUMBER, descriptor.addressKind());
        assertTrue(descriptor.acceptsReplies());
        assertFalse(descriptor.onByDefault());
        assertEquals("SMS", descriptor.label(Locale.of("nl")));
        assertEquals("Text message (SMS)", descriptor.label(Locale.ENGLISH));
        assertFalse(descriptor.hint(Locale.of("nl")).isBlank());
        assertEquals(4, descriptor.capacity().concurrentBatches());
        // Each municipality's bind is paced at its own contract's rate by the channel; the core must not add one pace
        // for all of them together.
        assertEquals(0, descriptor.capacity().messagesPerSecond());
    }

    @Test
    void everyRecipientGetsTheRenderedTextOnceFromTheAlphanumericSender() {
        DeliveryBatch batch = aBatch().recipients(3, id -> RecipientBuilder.aRecipient(id)
                        .address(TestSmsc.number(id))
                        .build())
                .build();

        List<DeliveryResult> results = channel.deliver(batch, workingConfiguration());

        String expected = SmsRenderer.render(batch.message(), batch.municipality(), 4);
        assertAll(results.stream().map(result -> () -> {
            DeliveryResult.Sent sent = assertInstanceOf(DeliveryResult.Sent.class, result);
            List<ReceivedSms> arrived = smsc.simulator.messagesTo(TestSmsc.number(result.deliveryId()));
            assertEquals(1, arrived.size(), "exactly one message");
            ReceivedSms sms = arrived.get(0);
            assertEquals(expected, sms.text());
            assertEquals("Burgernet", sms.sourceAddress());
            assertEquals(5, sms.sourceTon(), "alphanumeric sender");
            assertEquals(sms.messageIds().get(0), sent.providerId(), "the first part's SMSC message id");
            assertEquals(SmsParts.count(expected), sms.parts());
        }));
    }

    @Test
    void aFourHundredCharacterDutchTextWithEuroAndDiaeresisIsSplitAndReassembledEqual() {
        String body = "Bij de overval op de juwelier aan de Breedstraat is voor ruim € 20.000 aan sieraden buitgemaakt."
                + " Getuigen zagen twee mannen wegrijden in een blauwe auto met een deuk in de achterklep. Eén van"
                + " hen droeg een geruite pet en had een opvallend litteken op zijn wang. De politie zoekt ideeën,"
                + " camerabeelden en tips van bewoners uit de omgeving.";
        OutgoingMessage message = OutgoingMessageBuilder.anAlert()
                .title("Overval op juwelier in Maarssen")
                .body(body)
                .instructions("")
                .build();
        DeliveryBatch batch = aBatch().message(message)
                .recipient(RecipientBuilder.aRecipient(1).address("+31612340001"))
                .build();
        ChannelConfiguration eightParts =
                smsc.configuration().with(SmsSettingsSchema.MAX_PARTS, 8).build();
        String expected = SmsRenderer.render(message, batch.municipality(), 8);
        assertTrue(expected.length() >= 400, expected.length() + " characters");
        assertTrue(expected.contains("€") && expected.contains("ë"), expected);

        List<DeliveryResult> results = channel.deliver(batch, eightParts);

        assertInstanceOf(DeliveryResult.Sent.class, results.get(0));
        ReceivedSms sms = smsc.simulator.messagesTo("+31612340001").get(0);
        assertEquals(expected, sms.text(), "reassembled equal");
        assertEquals("UCS2", sms.encoding(), "ë is not in the GSM alphabet");
        assertEquals((expected.length() + 66) / 67, sms.parts(), "67 characters a part");
    }

    @Test
    void aGsmTextWithTheEuroSignTravelsAsGsm() {
        OutgoingMessage message = OutgoingMessageBuilder.anAlert()
                .title("Oplichting")
                .body("Mannen vragen aan de deur € 50 voor een loterij {nep}.")
                .instructions("")
                .build();
        DeliveryBatch batch = aBatch().message(message)
                .recipient(RecipientBuilder.aRecipient(1).address("+31612340002"))
                .build();

        channel.deliver(batch, workingConfiguration());

        ReceivedSms sms = smsc.simulator.messagesTo("+31612340002").get(0);
        assertEquals("GSM7", sms.encoding());
        assertEquals(SmsRenderer.render(message, batch.municipality(), 4), sms.text());
    }

    @Test
    void aNumberTheSmscRefusesIsAFailureAndTheOthersStillGetTheirs() {
        smsc.simulator.rejectDestination("+31612340003");
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .recipient(RecipientBuilder.aRecipient(1).address("+31612340003"))
                .recipient(RecipientBuilder.aRecipient(2).address("+31612340004"))
                .build();

        List<DeliveryResult> results = channel.deliver(batch, workingConfiguration());

        DeliveryResult.Failed failed = assertInstanceOf(DeliveryResult.Failed.class, results.get(0));
        assertTrue(failed.reason().contains("ESME_RINVDSTADR (0x0B)"), failed.reason());
        assertInstanceOf(DeliveryResult.Sent.class, results.get(1));
    }

    @Test
    void aWrongPasswordRetriesTheBatchWithAClearReasonAndNeverThePassword() {
        ChannelConfiguration wrong =
                smsc.configuration().with(SmsSettingsSchema.PASSWORD, "wrong1").build();
        DeliveryBatch batch = aBatch().recipients(3, id -> RecipientBuilder.aRecipient(id)
                        .address(TestSmsc.number(id))
                        .build())
                .build();

        List<DeliveryResult> results = channel.deliver(batch, wrong);

        assertEquals(3, results.size());
        assertAll(results.stream().map(result -> () -> {
            DeliveryResult.Retry retry = assertInstanceOf(DeliveryResult.Retry.class, result);
            assertTrue(retry.reason().contains("the SMSC refused the login for system id burgernet"), retry.reason());
            assertTrue(retry.reason().contains("wrong password"), retry.reason());
            assertFalse(retry.reason().contains("wrong1"), "never the password: " + retry.reason());
        }));
        assertEquals(0, smsc.simulator.messageCount());
    }

    @Test
    void anSmscThatCannotBeReachedIsARetry() {
        ChannelConfiguration nowhere =
                smsc.configuration().with(SmsSettingsSchema.PORT, 1).build();
        DeliveryBatch batch = aBatch().recipients(1, id -> RecipientBuilder.aRecipient(id)
                        .address(TestSmsc.number(id))
                        .build())
                .build();

        DeliveryResult.Retry retry = assertInstanceOf(
                DeliveryResult.Retry.class, channel.deliver(batch, nowhere).get(0));
        assertTrue(retry.reason().startsWith("the SMSC at 127.0.0.1:1 cannot be reached"), retry.reason());
    }

    @Test
    void unusableSettingsAreARetryNamingTheProblem() {
        ChannelConfiguration tooLong = smsc.configuration()
                .with(SmsSettingsSchema.SENDER, "Burgernet Stichtse Vecht")
                .build();
        DeliveryBatch batch = aBatch().recipients(1, id -> RecipientBuilder.aRecipient(id)
                        .address(TestSmsc.number(id))
                        .build())
                .build();

        DeliveryResult.Retry retry = assertInstanceOf(
                DeliveryResult.Retry.class, channel.deliver(batch, tooLong).get(0));
        assertTrue(retry.reason().contains("Sender"), retry.reason());
    }
}
