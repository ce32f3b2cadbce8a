package nl.burgernet.domain.model.reply;

import java.util.Objects;
import java.util.Optional;

/**
 * An automatic answer (RFC 3834): out-of-office, vacation notice, read receipt, mailing-list or robot mail.
 * Never counted as a tip and never answered, so no loop can start; but its text is kept, so that an operator can
 * see it and re-file it as a tip when the signs were wrong.
 *
 * @param key the reply key if the mail carried one (useful for statistics only)
 * @param signal which sign gave it away
 * @param detail the sign as found, e.g. {@code Auto-Submitted: auto-replied}
 * @param asTip the mail read as a resident's reply, when it has a key and its text could be read
 */
public record AutoReply(
        String messageId, Optional<KeyMatch> key, AutoReplySignal signal, String detail, Optional<ParsedReply> asTip)
        implements InboundMail {

    public AutoReply {
        messageId = Objects.requireNonNullElse(messageId, "");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(signal, "signal");
        detail = Objects.requireNonNullElse(detail, "");
        asTip = Objects.requireNonNullElse(asTip, Optional.empty());
    }

    /** An automatic answer whose text was not read (a read receipt, a report of success). */
    public AutoReply(String messageId, Optional<KeyMatch> key, AutoReplySignal signal, String detail) {
        this(messageId, key, signal, detail, Optional.empty());
    }

    @Override
    public ReplyKind kind() {
        return ReplyKind.AUTO_REPLY;
    }
}
