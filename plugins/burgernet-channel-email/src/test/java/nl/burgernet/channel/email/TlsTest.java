package nl.burgernet.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.testkit.ChannelConfigurationBuilder;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Encrypted connections: STARTTLS and implicit TLS with login, against a server whose certificate the client was
 * told to trust; and no mail at all, rather than mail in the clear, when the server cannot do STARTTLS.
 */
class TlsTest {

    private static TestCertificates certificates;
    private EmailChannel channel;
    private ScriptedSmtpServer server;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.forLocalhost();
    }

    @AfterEach
    void stop() throws Exception {
        channel.close();
        server.close();
    }

    @Test
    void startTlsUpgradesTheConnectionBeforeLoggingIn() throws Exception {
        server = ScriptedSmtpServer.withTls(ScriptedSmtpServer.Tls.STARTTLS, certificates.server)
                .requireLogin("burgernet", "s3cret");

        List<DeliveryResult> results = deliverOver("STARTTLS");

        results.forEach(result -> assertInstanceOf(DeliveryResult.Sent.class, result));
        assertEquals(3, server.received().size());
    }

    @Test
    void implicitTlsSendsFromTheFirstByte() throws Exception {
        server = ScriptedSmtpServer.withTls(ScriptedSmtpServer.Tls.IMPLICIT, certificates.server)
                .requireLogin("burgernet", "s3cret");

        List<DeliveryResult> results = deliverOver("TLS");

        results.forEach(result -> assertInstanceOf(DeliveryResult.Sent.class, result));
        assertEquals(3, server.received().size());
    }

    @Test
    void aServerWithoutStartTlsGetsNoMailAndNoPassword() throws Exception {
        server = ScriptedSmtpServer.plain().requireLogin("burgernet", "s3cret");

        List<DeliveryResult> results = deliverOver("STARTTLS");

        results.forEach(result -> assertInstanceOf(DeliveryResult.Retry.class, result));
        assertEquals(0, server.received().size());
    }

    @Test
    void aCertificateTheClientDoesNotTrustIsRefused() throws Exception {
        server = ScriptedSmtpServer.withTls(ScriptedSmtpServer.Tls.IMPLICIT, certificates.server);
        channel = new EmailChannel(TestCertificates.forLocalhost().client.getSocketFactory());

        List<DeliveryResult> results =
                channel.deliver(DeliveryBatchBuilder.aBatch().recipients(2).build(), configuration("TLS"));

        results.forEach(result -> assertInstanceOf(DeliveryResult.Retry.class, result));
        assertEquals(0, server.received().size());
    }

    private List<DeliveryResult> deliverOver(String tlsMode) {
        channel = new EmailChannel(certificates.client.getSocketFactory());
        return channel.deliver(DeliveryBatchBuilder.aBatch().recipients(3).build(), configuration(tlsMode));
    }

    private ChannelConfiguration configuration(String tlsMode) {
        return ChannelConfigurationBuilder.aConfiguration()
                .with(EmailSettingsSchema.SMTP_HOST, "localhost")
                .with(EmailSettingsSchema.SMTP_PORT, server.port())
                .with(EmailSettingsSchema.SMTP_TLS, tlsMode)
                .with(EmailSettingsSchema.SMTP_USER, "burgernet")
                .with(EmailSettingsSchema.SMTP_PASSWORD, "s3cret")
                .with(EmailSettingsSchema.SMTP_SESSIONS, 1)
                .build();
    }
}
