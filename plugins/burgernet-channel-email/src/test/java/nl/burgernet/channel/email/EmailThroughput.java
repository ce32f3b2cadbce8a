package nl.burgernet.channel.email;

import java.io.StringWriter;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Locale;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.testkit.ChannelConfigurationBuilder;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * Measures how many mails per second the channel hands to an SMTP server, e.g. Postfix's {@code smtp-sink}. Not a
 * test: run it by hand.
 *
 * <pre>
 * smtp-sink -u nobody 127.0.0.1:2626 256 &amp;
 * java -cp &lt;test class path&gt; nl.burgernet.channel.email.EmailThroughput 127.0.0.1 2626 10000 4 [batchSize] [dkim]
 * </pre>
 */
public final class EmailThroughput {

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int recipients = Integer.parseInt(args[2]);
        int sessions = Integer.parseInt(args[3]);
        int batchSize = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        boolean dkim = args.length > 5 && args[5].equals("dkim");

        ChannelConfigurationBuilder configuration = ChannelConfigurationBuilder.aConfiguration()
                .with(EmailSettingsSchema.SMTP_HOST, host)
                .with(EmailSettingsSchema.SMTP_PORT, port)
                .with(EmailSettingsSchema.SMTP_TLS, "NONE")
                .with(EmailSettingsSchema.SMTP_SESSIONS, sessions);
        if (dkim) {
            configuration
                    .with(EmailSettingsSchema.DKIM_DOMAIN, "stichtsevecht.example")
                    .with(EmailSettingsSchema.DKIM_SELECTOR, "bn")
                    .with(EmailSettingsSchema.DKIM_PRIVATE_KEY, newRsaKeyPem());
        }
        EmailChannel channel = new EmailChannel();
        try {
            ChannelConfiguration settings = configuration.build();
            if (!channel.validate(settings, Locale.ENGLISH).isEmpty()) {
                throw new IllegalArgumentException(
                        channel.validate(settings, Locale.ENGLISH).toString());
            }
            run(channel, settings, Math.min(2_000, recipients), batchSize); // warm up: JIT, connections
            long started = System.nanoTime();
            long sent = run(channel, settings, recipients, batchSize);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%d of %d mails sent in %.2f s with %d session(s), batches of %d%s: %.0f mails/s%n",
                    sent,
                    recipients,
                    seconds,
                    sessions,
                    batchSize,
                    dkim ? ", DKIM-signed" : "",
                    sent / seconds);
        } finally {
            channel.close();
        }
    }

    private static long run(EmailChannel channel, ChannelConfiguration settings, int recipients, int batchSize) {
        long sent = 0;
        for (int done = 0; done < recipients; done += batchSize) {
            DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                    .batchId(done / batchSize + 1)
                    .recipients(Math.min(batchSize, recipients - done))
                    .build();
            List<DeliveryResult> results = channel.deliver(batch, settings);
            sent += results.stream()
                    .filter(DeliveryResult.Sent.class::isInstance)
                    .count();
        }
        return sent;
    }

    private static String newRsaKeyPem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(generator.generateKeyPair().getPrivate());
        }
        return pem.toString();
    }
}
