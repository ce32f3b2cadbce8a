package nl.burgernet.domain.model.reply;

/**
 * An inbound mail on the reply mailbox after classification. The intake switches over the four cases; each
 * carries what that case needs and nothing that was not checked.
 */
public sealed interface InboundMail permits ParsedReply, AutoReply, BounceInfo, UnreadableMail {

    ReplyKind kind();

    /** The mail's Message-ID header as received (for de-duplication when a mailbox is read twice); "" if absent. */
    String messageId();
}
