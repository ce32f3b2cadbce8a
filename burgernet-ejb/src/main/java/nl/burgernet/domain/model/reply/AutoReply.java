package nl.burgernet.domain.model.reply;

import java.util.Objects;
import java.util.Optional;

/**
 * An automatic answer (RFC 3834): out-of-office, vacation notice, read receipt, mailing-list or robot mail.
 * Never shown to an operator and never answered, so no loop can start.
 *
 * @param key the reply key if the mail carried one (useful for statistics only)
 * @param signal which sign gave it away
 * @param detail the sign as found, e.g. {@code Auto-Submitted: auto-replied}
 */
public record AutoReply(String messageId, Optional<KeyMatch> key, AutoReplySignal signal, String detail)
        implements InboundMail {

    public AutoReply {
        messageId = Objects.requireNonNullElse(messageId, "");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(signal, "signal");
        detail = Objects.requireNonNullElse(detail, "");
    }

    @Override
    public ReplyKind kind() {
        return ReplyKind.AUTO_REPLY;
    }
}
