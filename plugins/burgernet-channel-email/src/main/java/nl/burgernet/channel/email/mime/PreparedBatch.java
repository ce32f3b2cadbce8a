package nl.burgernet.channel.email.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.MunicipalityProfile;
import nl.burgernet.channel.api.OutgoingMessage;
import nl.burgernet.channel.api.Recipient;
import nl.burgernet.channel.email.EmailSettings;
import nl.burgernet.channel.email.render.MailTemplates;
import nl.burgernet.channel.email.render.RenderedMail;
import nl.burgernet.channel.email.render.Slot;

/**
 * One batch made ready to send: rendered and encoded once, with the headers every recipient shares. {@link
 * #messageFor} then adds only what differs per recipient (address, Message-ID, reply and bounce keys, links,
 * greeting) and is safe to call from several threads at once.
 */
public final class PreparedBatch {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** The addresses and ids of one recipient's mail, for the result and for SMTP. */
    public record Addressing(InternetAddress recipient, String messageId, String envelopeFrom) {}

    /** A recipient this batch cannot be sent to, with the reason for the operator. */
    public static final class UnusableRecipientException extends Exception {
        UnusableRecipientException(String reason) {
            super(reason);
        }
    }

    private final List<Map.Entry<String, String>> sharedHeaders;
    private final BodyTemplate body;
    private final RenderedMail mail;
    private final String mailDomain;
    private final String replyDomain;
    private final String replyToName;
    private final OutgoingMessage message;

    private PreparedBatch(
            List<Map.Entry<String, String>> sharedHeaders,
            BodyTemplate body,
            RenderedMail mail,
            String mailDomain,
            String replyDomain,
            String replyToName,
            OutgoingMessage message) {
        this.sharedHeaders = sharedHeaders;
        this.body = body;
        this.mail = mail;
        this.mailDomain = mailDomain;
        this.replyDomain = replyDomain;
        this.replyToName = replyToName;
        this.message = message;
    }

    /**
     * Renders and encodes the batch's message.
     *
     * @throws IllegalArgumentException when the sender address (the municipality's or the override) is unusable,
     *     which no recipient can get around
     */
    public static PreparedBatch prepare(DeliveryBatch batch, EmailSettings settings, MailTemplates templates) {
        MunicipalityProfile municipality = batch.municipality();
        String fromName = settings.fromName().isEmpty() ? municipality.senderName() : settings.fromName();
        String fromText = settings.fromAddress().isEmpty() ? municipality.senderAddress() : settings.fromAddress();
        InternetAddress from = Addresses.parse(fromText)
                .orElseThrow(() -> new IllegalArgumentException("The sender address is not usable: " + fromText));
        String mailDomain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        String replyDomain = municipality.replyDomain().toLowerCase(Locale.ROOT);
        if (Addresses.parse("reply@" + replyDomain).isEmpty()) {
            throw new IllegalArgumentException("The reply domain is not usable: " + replyDomain);
        }

        RenderedMail mail = templates.render(municipality, batch.message());
        String boundary = "=_bn_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("From", HeaderValues.mailbox("From", from, fromName));
        headers.put("Subject", HeaderValues.text("Subject", mail.subject()));
        headers.put("MIME-Version", "1.0");
        headers.put("Content-Type", "multipart/alternative;\r\n\tboundary=\"" + boundary + "\"");
        headers.put("Content-Language", mail.language());
        // RFC 3834: tells well-behaved responders not to answer; Exchange reads its own header for the same.
        headers.put("Auto-Submitted", "auto-generated");
        headers.put("X-Auto-Response-Suppress", "OOF, AutoReply");
        headers.put("Precedence", "bulk");
        headers.put(
                "List-Id",
                HeaderValues.text("List-Id", "Burgernet " + municipality.name()) + " <"
                        + municipality.code().toLowerCase(Locale.ROOT) + ".burgernet." + replyDomain + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put(
                "X-Burgernet-Alert",
                MessageIds.atom(batch.message().alertReference()) + "; sequence="
                        + batch.message().sequence() + "; kind="
                        + batch.message().kind().name().toLowerCase(Locale.ROOT));
        return new PreparedBatch(
                headers.entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue()))
                        .toList(),
                BodyTemplate.of(mail, boundary),
                mail,
                mailDomain,
                replyDomain,
                fromName,
                batch.message());
    }

    /** The domain of the sender address: Message-IDs end in it, and we greet SMTP servers with it. */
    public String mailDomain() {
        return mailDomain;
    }

    /** Where one recipient's mail goes and what it is called, or why it cannot be sent. */
    public Addressing addressing(Recipient recipient) throws UnusableRecipientException {
        Optional<InternetAddress> to = Addresses.parse(recipient.address());
        if (to.isEmpty()) {
            throw new UnusableRecipientException(
                    "not a usable e-mail address: '" + printable(recipient.address()) + "'");
        }
        if (!MessageIds.isUsableReplyKey(recipient.replyKey())) {
            throw new UnusableRecipientException(
                    "the reply key is missing or has characters a mail address cannot" + " carry");
        }
        String messageId =
                MessageIds.of(recipient.replyKey(), message.alertReference(), message.sequence(), mailDomain);
        return new Addressing(to.get(), messageId, "bounce+" + recipient.replyKey() + "@" + replyDomain);
    }

    /** The message for one recipient, ready for {@code Transport.sendMessage}. */
    public MimeMessage messageFor(Recipient recipient, Addressing addressing, Session session)
            throws MessagingException {
        Map<Slot, String> slots = new EnumMap<>(Slot.class);
        slots.put(Slot.GREETING, mail.greeting(recipient.displayName()));
        slots.put(Slot.PREFERENCES_URL, recipient.preferencesUrl().toASCIIString());
        slots.put(Slot.UNSUBSCRIBE_URL, recipient.unsubscribeUrl().toASCIIString());

        WireMessage wire = new WireMessage(session, body.fill(slots), addressing.envelopeFrom());
        for (Map.Entry<String, String> header : sharedHeaders) {
            wire.setHeader(header.getKey(), header.getValue());
        }
        wire.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(NETHERLANDS)));
        wire.setHeader("Message-ID", addressing.messageId());
        wire.setHeader("To", HeaderValues.mailbox("To", addressing.recipient(), recipient.displayName()));
        InternetAddress replyTo = new InternetAddress("reply+" + recipient.replyKey() + "@" + replyDomain);
        wire.setHeader("Reply-To", HeaderValues.mailbox("Reply-To", replyTo, replyToName));
        wire.setHeader(
                "List-Unsubscribe",
                "<" + recipient.unsubscribeUrl().toASCIIString() + ">,\r\n\t<mailto:unsubscribe+" + recipient.replyKey()
                        + "@" + replyDomain + "?subject=unsubscribe>");
        String thread = MessageIds.threadReference(recipient.threadReference());
        if (!thread.isEmpty() && message.kind() != OutgoingMessage.Kind.ALERT) {
            wire.setHeader("In-Reply-To", thread);
            wire.setHeader("References", thread);
        }
        return wire;
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
