package nl.burgernet.channel.email.mime;

import jakarta.mail.Session;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * A message whose headers are set and whose body is already encoded bytes: Jakarta Mail writes it out as it is,
 * without building a MIME tree, scanning content or choosing encodings again. Being an {@link SMTPMessage} it
 * carries its own envelope sender, the VERP bounce address.
 */
final class WireMessage extends SMTPMessage {

    WireMessage(Session session, byte[] encodedBody, String envelopeFrom) {
        super(session);
        this.content = encodedBody;
        this.modified = false;
        this.saved = true;
        setEnvelopeFrom(envelopeFrom);
    }

    /** Everything is final when the message is made; saving must not replace our Message-ID or encodings. */
    @Override
    public void saveChanges() {}

    @Override
    protected void updateMessageID() {}

    @Override
    public int getSize() {
        return content.length;
    }
}
