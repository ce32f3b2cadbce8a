package nl.burgernet.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.testkit.ChannelConfigurationBuilder;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DKIM: mails are signed with the municipality's key, and Apache James jDKIM, an independent verifier given the
 * public key as DNS would publish it, accepts the signature, which covers the one-click unsubscribe headers.
 */
class DkimSigningTest {

    private static KeyPair keys;
    private static String pkcs8Pem;

    private final EmailChannel channel = new EmailChannel();
    private ScriptedSmtpServer server;

    @BeforeAll
    static void makeKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        pkcs8Pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @BeforeEach
    void startServer() throws Exception {
        server = ScriptedSmtpServer.plain();
    }

    @AfterEach
    void stop() throws Exception {
        channel.close();
        server.close();
    }

    @Test
    void signatureVerifiesWithThePublishedPublicKey() throws Exception {
        String mail = sendSigned(pkcs8Pem);

        List<SignatureRecord> signatures = verifier().verify(new ByteArrayInputStream(bytes(mail)));

        assertEquals(1, signatures.size());
        SignatureRecord signature = signatures.getFirst();
        assertEquals("stichtsevecht.example", signature.getDToken().toString());
        assertEquals("bn2026", signature.getSelector().toString());
        List<String> signed = signature.getHeaders().stream()
                .map(header -> header.toString().toLowerCase(Locale.ROOT))
                .toList();
        assertTrue(
                signed.containsAll(
                        List.of("from", "subject", "message-id", "list-unsubscribe", "list-unsubscribe-post")),
                "signed headers: " + signed);
    }

    @Test
    void aChangedBodyNoLongerVerifies() throws Exception {
        String mail = sendSigned(pkcs8Pem);
        String tampered = mail.replace("Maarssen", "Utrecht");

        assertFalse(tampered.equals(mail));
        assertThrows(FailException.class, () -> verifier().verify(new ByteArrayInputStream(bytes(tampered))));
    }

    @Test
    void aKeyInTheOlderPkcs1FormIsAcceptedToo() throws Exception {
        StringWriter pkcs1 = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pkcs1)) {
            writer.writeObject(keys);
        }
        assertTrue(pkcs1.toString().startsWith("-----BEGIN RSA PRIVATE KEY-----"));

        String mail = sendSigned(pkcs1.toString());

        assertEquals(1, verifier().verify(new ByteArrayInputStream(bytes(mail))).size());
    }

    @Test
    void withoutDkimSettingsMailIsSentUnsigned() {
        channel.deliver(
                DeliveryBatchBuilder.aBatch().recipients(1).build(),
                configuration().build());

        assertFalse(server.received().getFirst().content().contains("DKIM-Signature"));
    }

    private String sendSigned(String pem) {
        ChannelConfiguration signing = configuration()
                .with(EmailSettingsSchema.DKIM_DOMAIN, "stichtsevecht.example")
                .with(EmailSettingsSchema.DKIM_SELECTOR, "bn2026")
                .with(EmailSettingsSchema.DKIM_PRIVATE_KEY, pem)
                .build();
        assertEquals(List.of(), channel.validate(signing, Locale.ENGLISH));

        List<DeliveryResult> results =
                channel.deliver(DeliveryBatchBuilder.aBatch().recipients(1).build(), signing);

        assertInstanceOf(DeliveryResult.Sent.class, results.getFirst(), results.toString());
        String mail = server.received().getFirst().content();
        assertTrue(mail.startsWith("DKIM-Signature:"), mail.substring(0, 200));
        return mail;
    }

    private ChannelConfigurationBuilder configuration() {
        return ChannelConfigurationBuilder.aConfiguration()
                .with(EmailSettingsSchema.SMTP_HOST, "127.0.0.1")
                .with(EmailSettingsSchema.SMTP_PORT, server.port())
                .with(EmailSettingsSchema.SMTP_TLS, "NONE")
                .with(EmailSettingsSchema.SMTP_SESSIONS, 1);
    }

    /** Answers the DNS question for {@code bn2026._domainkey.stichtsevecht.example} with our public key. */
    private static DKIMVerifier verifier() {
        String record = "v=DKIM1; k=rsa; p="
                + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        return new DKIMVerifier((method, selector, domain) -> {
            if ("bn2026".contentEquals(selector) && "stichtsevecht.example".contentEquals(domain)) {
                return List.of(record);
            }
            return List.of();
        });
    }

    private static byte[] bytes(String mail) {
        return mail.getBytes(StandardCharsets.ISO_8859_1);
    }
}
