package nl.burgernet.domain.model.reply;

/** In which of our three shapes the reply key was written where it was found. */
public enum KeyForm {
    /** {@code reply+KEY@domain}: the address residents answer to. */
    REPLY_ADDRESS,
    /** {@code bounce+KEY@domain}: the VERP return path that delivery failures come back to. */
    BOUNCE_ADDRESS,
    /** {@code <KEY.ALERTREF@domain>}: the Message-ID of our outgoing mail, echoed in In-Reply-To/References. */
    MESSAGE_ID
}
