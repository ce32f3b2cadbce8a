package nl.burgernet.channel.email;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringWriter;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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
 * java -cp &lt;test class path&gt; nl.burgernet.channel.email.EmailThroughput 127.0.0.1 2626 2000 naive
 * </pre>
 *
 * The {@code naive} run is the comparison: Jakarta Mail with default settings, one MimeMessage built per
 * recipient, over one reused connection.
 */
public final class EmailThroughput {

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int recipients = Integer.parseInt(args[2]);
        if (args[3].equals("naive")) {
            naive(host, port, recipients);
            return;
        }
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

    private static void naive(String host, int port, int recipients) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        Session session = Session.getInstance(properties);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            long started = System.nanoTime();
            for (int i = 0; i < recipients; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("burgernet@stichtsevecht.example"));
                message.setRecipients(Message.RecipientType.TO, "deelnemer" + i + "@example.org");
                message.setSubject("Burgernet: Gezocht", "UTF-8");
                MimeBodyPart text = new MimeBodyPart();
                text.setText("Beste deelnemer " + i + ",\n\nLet op een grijze scooter.", "UTF-8");
                MimeBodyPart html = new MimeBodyPart();
                html.setContent(
                        "<p>Beste deelnemer " + i + ",</p><p>Let op een grijze scooter.</p>",
                        "text/html; charset=UTF-8");
                message.setContent(new MimeMultipart("alternative", text, html));
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "naive Jakarta Mail: %d mails in %.2f s: %.0f mails/s%n",
                    recipients,
                    seconds,
                    recipients / seconds);
        }
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
