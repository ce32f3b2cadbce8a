package nl.burgernet.domain.model.reply;

import java.util.Objects;
import java.util.Optional;

/**
 * A mail the parser could not make sense of: broken MIME, or no reply key anywhere. The intake keeps it in
 * quarantine with the reason, for a person to read; it is never dropped.
 *
 * @param key the reply key if one was found before the mail turned out unreadable
 * @param reason what was wrong, with a label in English and Dutch for the quarantine list
 * @param detail the technical particulars in English, for whoever looks into it
 */
public record UnreadableMail(String messageId, Optional<KeyMatch> key, UnreadableReason reason, String detail)
        implements InboundMail {

    public UnreadableMail {
        messageId = Objects.requireNonNullElse(messageId, "");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
        detail = Objects.requireNonNullElse(detail, "");
    }

    @Override
    public ReplyKind kind() {
        return ReplyKind.UNREADABLE;
    }
}
