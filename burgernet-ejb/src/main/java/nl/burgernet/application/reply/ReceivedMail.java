package nl.burgernet.application.reply;

import nl.burgernet.domain.model.reply.InboundMail;

/** One mail from the reply mailbox as the intake hands it over: its bytes as read, and what the parser made of it. */
public sealed interface ReceivedMail {

    /** The whole mail as read from the mailbox; its SHA-256 recognises the mail when it is read again. */
    byte[] raw();

    /** A mail the parser classified: a reply, an auto-reply, a bounce or an unreadable mail. */
    record Classified(byte[] raw, InboundMail mail) implements ReceivedMail {}

    /** A mail to {@code unsubscribe+KEY@} (the mailto of List-Unsubscribe); what it says does not matter. */
    record Unsubscribe(byte[] raw, String key, String messageId) implements ReceivedMail {}

    /** A mail the parser threw on; it promises not to, but a bug in it must not lose the mail. */
    record Unparsable(byte[] raw, String why) implements ReceivedMail {}
}
