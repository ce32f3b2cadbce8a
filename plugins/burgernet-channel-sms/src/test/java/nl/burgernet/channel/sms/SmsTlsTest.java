package nl.burgernet.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.net.ssl.SSLSocketFactory;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import nl.burgernet.channel.testkit.RecipientBuilder;
import nl.burgernet.smsc.SmscSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SMPP over TLS: the SMSC's certificate is checked, host name included. */
class SmsTlsTest {

    private TestCertificates certificates;
    private SmscSimulator smsc;
    private ChannelConfiguration configuration;

    @BeforeEach
    void start() throws Exception {
        certificates = TestCertificates.forLocalhost();
        smsc = new SmscSimulator()
                .account(TestSmsc.SYSTEM_ID, TestSmsc.PASSWORD)
                .tls(certificates.server)
                .start();
        configuration = new ChannelConfiguration(
                "GM0355",
                java.util.Map.of(
                        SmsSettingsSchema.HOST,
                        "127.0.0.1",
                        SmsSettingsSchema.PORT,
                        Integer.toString(smsc.smppPort()),
                        SmsSettingsSchema.SYSTEM_ID,
                        TestSmsc.SYSTEM_ID,
                        SmsSettingsSchema.PASSWORD,
                        TestSmsc.PASSWORD,
                        SmsSettingsSchema.TLS,
                        "true"));
    }

    @AfterEach
    void stop() {
        smsc.close();
    }

    @Test
    void aChannelThatTrustsTheCertificateSendsOverTls() {
        SmsChannel channel = new SmsChannel(certificates.client.getSocketFactory());
        try {
            DeliveryResult result = channel.deliver(batch(), configuration).get(0);
            assertInstanceOf(DeliveryResult.Sent.class, result);
            assertEquals(1, smsc.messagesTo("+31612349999").size());
        } finally {
            channel.close();
        }
    }

    @Test
    void anUntrustedCertificateIsARetryAndNothingIsSent() {
        SmsChannel channel = new SmsChannel((SSLSocketFactory) SSLSocketFactory.getDefault());
        try {
            DeliveryResult.Retry retry = assertInstanceOf(
                    DeliveryResult.Retry.class,
                    channel.deliver(batch(), configuration).get(0));
            assertTrue(retry.reason().contains("cannot be reached"), retry.reason());
            assertEquals(0, smsc.messageCount());
        } finally {
            channel.close();
        }
    }

    private static DeliveryBatch batch() {
        return DeliveryBatchBuilder.aBatch()
                .recipient(RecipientBuilder.aRecipient(1).address("+31612349999"))
                .build();
    }
}
