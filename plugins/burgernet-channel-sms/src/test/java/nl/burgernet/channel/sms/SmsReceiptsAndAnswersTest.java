package nl.burgernet.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryReport;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.api.InboundMessage;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import nl.burgernet.channel.testkit.OutgoingMessageBuilder;
import nl.burgernet.channel.testkit.RecipientBuilder;
import nl.burgernet.smsc.ReceivedSms;
import nl.burgernet.smsc.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What comes back on the bind: receipts for what was sent, and residents' answers. */
class SmsReceiptsAndAnswersTest {

    private TestSmsc smsc;
    private SmsChannel channel;
    private final TestSmsc.RecordingEvents events = new TestSmsc.RecordingEvents();
    private ChannelConfiguration configuration;

    @BeforeEach
    void start() throws Exception {
        smsc = new TestSmsc();
        channel = new SmsChannel();
        configuration = smsc.configuration().build();
        channel.activate(List.of(configuration), events);
        TestSmsc.await("the bind at activation", () -> smsc.simulator.boundSessions(TestSmsc.SYSTEM_ID) == 1);
    }

    @AfterEach
    void stop() {
        channel.close();
        smsc.close();
    }

    @Test
    void receiptsReportDeliveredAndUndeliverableUnderTheProviderIdsOfTheResults() {
        smsc.simulator.reportUndeliverable("+31600000003");
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .recipient(RecipientBuilder.aRecipient(1).address("+31600000001"))
                .recipient(RecipientBuilder.aRecipient(2).address("+31600000002"))
                .recipient(RecipientBuilder.aRecipient(3).address("+31600000003"))
                .build();

        List<DeliveryResult> results = channel.deliver(batch, configuration);

        TestSmsc.await("three reports", () -> events.reports.size() == 3);
        Map<String, DeliveryReport> byProviderId =
                events.reports.stream().collect(Collectors.toMap(DeliveryReport::providerId, Function.identity()));
        for (DeliveryResult result : results) {
            DeliveryResult.Sent sent = assertInstanceOf(DeliveryResult.Sent.class, result);
            DeliveryReport report = byProviderId.get(sent.providerId());
            assertEquals("sms", report.channelId());
            assertEquals("GM0355", report.municipalityCode());
            assertEquals(
                    result.deliveryId() == 3 ? DeliveryReport.State.UNDELIVERABLE : DeliveryReport.State.DELIVERED,
                    report.state(),
                    report.toString());
        }
    }

    @Test
    void aMessageInPartsIsDeliveredOnceEveryPartIsAndReportedOnce() throws Exception {
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .message(OutgoingMessageBuilder.anAlert()
                        .body("Gisteravond is er ingebroken in een woning aan de Straatweg in Maarssen. ".repeat(4)))
                .recipient(RecipientBuilder.aRecipient(1).address("+31600000011"))
                .build();

        DeliveryResult.Sent sent = assertInstanceOf(
                DeliveryResult.Sent.class, channel.deliver(batch, configuration).get(0));

        ReceivedSms sms = smsc.simulator.messagesTo("+31600000011").get(0);
        assertTrue(sms.parts() > 1, "a message in parts");
        TestSmsc.await("every part's receipt", () -> smsc.simulator.receiptsSent() == sms.parts());
        TestSmsc.await("the report", () -> events.reports.size() == 1);
        Thread.sleep(300);
        assertEquals(1, events.reports.size(), "one report for the message: " + events.reports);
        assertEquals(sent.providerId(), events.reports.get(0).providerId());
        assertEquals(DeliveryReport.State.DELIVERED, events.reports.get(0).state());
    }

    @Test
    void aReceiptTheCoreCouldNotRecordComesAgainAndIsReportedOnce() throws Exception {
        events.failNextDelivered = 1;
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .recipient(RecipientBuilder.aRecipient(1).address("+31600000021"))
                .build();

        DeliveryResult.Sent sent = assertInstanceOf(
                DeliveryResult.Sent.class, channel.deliver(batch, configuration).get(0));

        TestSmsc.await("the receipt, delivered again", () -> events.reports.size() == 1);
        Thread.sleep(500);
        assertEquals(1, events.reports.size(), events.reports.toString());
        assertEquals(sent.providerId(), events.reports.get(0).providerId());
        assertEquals(0, events.failNextDelivered, "the first report was refused");
    }

    @Test
    void anAnswerBecomesAnInboundMessageFromTheResidentsNumber() throws Exception {
        Reply reply = smsc.simulator
                .reply("+31612345678", "Ik zag de scooter bij het station")
                .get(10, TimeUnit.SECONDS);

        assertTrue(reply.acknowledged());
        assertEquals(1, events.received.size());
        InboundMessage answer = events.received.get(0);
        assertEquals("sms", answer.channelId());
        assertEquals("GM0355", answer.municipalityCode());
        assertEquals("+31612345678", answer.fromAddress());
        assertEquals("Ik zag de scooter bij het station", answer.text());
        assertEquals("Burgernet", answer.toAddress(), "the sender it answers");
        assertTrue(answer.providerId().startsWith("sms-mo-"), answer.providerId());
    }

    @Test
    void aLongAnswerInPartsIsPutBackTogether() throws Exception {
        String text = "Ik heb een man met een geruite pet zien wegrennen richting de Vecht, ongeveer tien minuten"
                + " geleden. Hij had een zwarte tas bij zich en keek steeds om. Daarna is hij in een blauwe auto"
                + " gestapt, een oude Opel met een deuk. Ideeën over het kenteken heb ik helaas niet.";

        Reply reply = smsc.simulator.reply("+31687654321", text).get(10, TimeUnit.SECONDS);

        assertTrue(reply.parts() >= 4, reply.parts() + " parts (UCS-2 because of ë)");
        assertEquals(1, events.received.size(), "one answer, not one per part");
        assertEquals(text, events.received.get(0).text());
    }

    @Test
    void anAnswerTheCoreCouldNotRecordIsAcknowledgedOnlyOnTheSmscsNextTry() throws Exception {
        events.failNextReceived = 1;

        smsc.simulator.reply("+31611112222", "Gezien bij de bakker").get(10, TimeUnit.SECONDS);

        assertEquals(1, events.refused.size(), "the first delivery was not acknowledged");
        assertEquals(1, events.received.size(), "the SMSC delivered it again");
        assertEquals(events.refused.get(0).providerId(), events.received.get(0).providerId(), "the same answer");
    }

    @Test
    void afterADropTheBindComesBackForAnswers() throws Exception {
        smsc.simulator.dropConnections();
        TestSmsc.await("the bind again", () -> smsc.simulator.boundSessions(TestSmsc.SYSTEM_ID) == 1);

        smsc.simulator.reply("+31633334444", "Nog steeds hier").get(10, TimeUnit.SECONDS);

        assertEquals("Nog steeds hier", events.received.get(0).text());
    }
}
