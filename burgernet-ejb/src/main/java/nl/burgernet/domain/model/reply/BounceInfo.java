package nl.burgernet.domain.model.reply;

import java.util.Objects;
import java.util.Optional;

/**
 * A delivery failure report for one of our mails, tied to the delivery by its reply key.
 *
 * @param key the reply key: from the VERP address it came back to, or from our returned message
 * @param recipient the address that failed, "" when the report does not say
 * @param status the enhanced status code ({@code 5.1.1}) or, failing that, the SMTP reply code; "" if none
 * @param diagnostic the remote server's words, e.g. {@code smtp; 550 5.1.1 User unknown}; "" if none
 * @param deliveryStatusNotification whether it was a standard report (RFC 3464) rather than one read from the text
 * @param asTip the mail read as a resident's reply, kept so that an operator can re-file a misread one as a tip
 */
public record BounceInfo(
        String messageId,
        KeyMatch key,
        String recipient,
        BounceSeverity severity,
        String status,
        String diagnostic,
        boolean deliveryStatusNotification,
        Optional<ParsedReply> asTip)
        implements InboundMail {

    public BounceInfo {
        messageId = Objects.requireNonNullElse(messageId, "");
        Objects.requireNonNull(key, "key");
        recipient = Objects.requireNonNullElse(recipient, "");
        Objects.requireNonNull(severity, "severity");
        status = Objects.requireNonNullElse(status, "");
        diagnostic = Objects.requireNonNullElse(diagnostic, "");
        asTip = Objects.requireNonNullElse(asTip, Optional.empty());
    }

    /** A bounce whose text was not kept. */
    public BounceInfo(
            String messageId,
            KeyMatch key,
            String recipient,
            BounceSeverity severity,
            String status,
            String diagnostic,
            boolean deliveryStatusNotification) {
        this(messageId, key, recipient, severity, status, diagnostic, deliveryStatusNotification, Optional.empty());
    }

    @Override
    public ReplyKind kind() {
        return ReplyKind.BOUNCE;
    }
}
