package nl.burgernet.smsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator as any ESME sees it: a plain jSMPP client, with hand-made PDUs. */
class SmscSimulatorTest {

    private SmscSimulator smsc;
    private SMPPSession client;
    private final List<DeliverSm> delivered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        smsc = new SmscSimulator(0, 0)
                .account("test", "secret")
                .receiptDelay(Duration.ofMillis(20))
                .start();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.unbindAndClose();
        }
        smsc.close();
    }

    @Test
    void aConcatenatedGsmMessageIsReassembledAndEveryPartGetsAReceipt() throws Exception {
        bind("secret");
        String id1 = submit(
                "+31612345678",
                udh(9, 2, 1, concat("Deel een ".getBytes(StandardCharsets.US_ASCII), new byte[] {0x1B, 0x28})));
        String id2 = submit("+31612345678", udh(9, 2, 2, new byte[] {0x1B, 0x65, 0x35}));

        awaitTrue(() -> delivered.size() == 2);
        List<ReceivedSms> messages = smsc.messagesTo("+31612345678");
        assertEquals(1, messages.size());
        ReceivedSms sms = messages.get(0);
        assertEquals("Deel een {€5", sms.text(), "{ and € through the extension table");
        assertEquals(2, sms.parts());
        assertEquals(List.of(id1, id2), sms.messageIds());
        assertEquals("Burgernet", sms.sourceAddress());
        awaitTrue(
                () -> "DELIVERED".equals(smsc.messagesTo("+31612345678").get(0).state()));
        DeliverSm receipt = delivered.get(0);
        assertTrue(receipt.isSmscDeliveryReceipt());
        String receiptedId = ((OptionalParameter.COctetString)
                        receipt.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID))
                .getValueAsString();
        assertTrue(List.of(id1, id2).contains(receiptedId), receiptedId);
    }

    @Test
    void aWrongPasswordIsRefusedWithInvalidPassword() {
        var failure = assertThrows(java.io.IOException.class, () -> bind("wrong"));
        assertTrue(
                String.valueOf(failure.getCause()).contains("NegativeResponseException")
                        || failure.getMessage().contains("Receive negative bind response"),
                failure.toString());
        assertEquals(0, smsc.boundSessions("test"));
    }

    @Test
    void aboveTheAcceptRateSubmitsAreThrottled() throws Exception {
        bind("secret");
        smsc.acceptRate(5);
        int throttled = 0;
        for (int i = 0; i < 20; i++) {
            try {
                submit("+3161234567" + (i % 10), "hallo".getBytes(StandardCharsets.US_ASCII), false);
            } catch (NegativeResponseException e) {
                assertEquals(SMPPConstant.STAT_ESME_RTHROTTLED, e.getCommandStatus());
                throttled++;
            }
        }
        assertTrue(throttled >= 10, "throttled " + throttled);
        assertEquals(throttled, smsc.throttledSubmits());
    }

    @Test
    void aLongAnswerReachesTheBoundReceiverInParts() throws Exception {
        bind("secret");
        String text = "Ik zag de scooter bij het station, richting Utrecht. ".repeat(5);
        Reply reply = smsc.reply("+31687654321", text).get(10, TimeUnit.SECONDS);
        assertEquals(2, reply.parts());
        assertEquals(2, delivered.size());
        assertTrue(delivered.stream().allMatch(DeliverSm::isUdhi));
        assertEquals("31687654321", delivered.get(0).getSourceAddr());
    }

    @Test
    void theHttpApiListsNumbersMessagesAndTakesAnswers() throws Exception {
        bind("secret");
        submit("+31611111111", "Test".getBytes(StandardCharsets.US_ASCII), false);
        awaitTrue(() -> smsc.messageCount() == 1);
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + smsc.httpPort();

        String numbers = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/numbers")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertEquals("[{\"number\":\"+31611111111\",\"messages\":1}]", numbers.replace(" ", ""));
        String messages = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/messages?number=%2B31611111111"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(messages.contains("\"text\":\"Test\""), messages);
        HttpResponse<String> answered = http.send(
                HttpRequest.newBuilder(URI.create(base + "/reply"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"from\":\"+31611111111\",\"text\":\"Gezien!\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, answered.statusCode(), answered.body());
        awaitTrue(() -> delivered.stream().anyMatch(d -> !d.isSmscDeliveryReceipt()));
        assertEquals(
                "Gezien!",
                new String(
                        delivered.stream()
                                .filter(d -> !d.isSmscDeliveryReceipt())
                                .findFirst()
                                .orElseThrow()
                                .getShortMessage(),
                        StandardCharsets.US_ASCII));
    }

    private void bind(String password) throws Exception {
        client = new SMPPSession();
        client.setMessageReceiverListener(new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(DeliverSm deliverSm) {
                delivered.add(deliverSm);
            }

            @Override
            public void onAcceptAlertNotification(AlertNotification alertNotification) {}

            @Override
            public DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm dataSm, Session source) {
                return null;
            }
        });
        client.connectAndBind(
                "127.0.0.1",
                smsc.smppPort(),
                new BindParameter(
                        BindType.BIND_TRX,
                        "test",
                        password,
                        "",
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        null));
    }

    private String submit(String number, byte[] message) throws Exception {
        return submit(number, message, true);
    }

    private String submit(String number, byte[] message, boolean udhi) throws Exception {
        return client.submitShortMessage(
                        "",
                        TypeOfNumber.ALPHANUMERIC,
                        NumberingPlanIndicator.UNKNOWN,
                        "Burgernet",
                        TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN,
                        number.substring(1),
                        new ESMClass(
                                MessageMode.DEFAULT,
                                MessageType.DEFAULT,
                                udhi ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT),
                        (byte) 0,
                        (byte) 1,
                        null,
                        null,
                        new RegisteredDelivery(1),
                        (byte) 0,
                        DataCodings.ZERO,
                        (byte) 0,
                        message)
                .getMessageId();
    }

    /** The GSM septets of the ASCII letters used here are their ASCII codes, except where escaped. */
    private static byte[] udh(int reference, int total, int sequence, byte[] body) {
        byte[] payload = new byte[6 + body.length];
        payload[0] = 5;
        payload[2] = 3;
        payload[3] = (byte) reference;
        payload[4] = (byte) total;
        payload[5] = (byte) sequence;
        System.arraycopy(body, 0, payload, 6, body.length);
        return payload;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
