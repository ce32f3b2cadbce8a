package nl.burgernet.channel.email.dkim;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import nl.burgernet.channel.email.EmailSettings;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimException;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;

/**
 * Signs messages for one SMTP connection. The library's signer keeps a {@link java.security.Signature} and a digest
 * as state, so each connection (each thread) has its own.
 */
public final class MessageSigner {

    private final DkimSigner signer;

    private MessageSigner(DkimSigner signer) {
        this.signer = signer;
    }

    /** A signer for these settings, or empty when the municipality does not sign. */
    public static Optional<MessageSigner> forSettings(EmailSettings settings) {
        return settings.dkim().map(MessageSigner::create);
    }

    private static MessageSigner create(EmailSettings.Dkim dkim) {
        try {
            DkimSigner signer = new DkimSigner(dkim.domain(), dkim.selector(), dkim.privateKey());
            // The key is checked against DNS by the admin's mail provider, not on every message we send.
            signer.setCheckDomainKey(false);
            // Relaxed survives relays that re-fold headers or trim trailing white space.
            signer.setHeaderCanonicalization(Canonicalization.RELAXED);
            signer.setBodyCanonicalization(Canonicalization.RELAXED);
            // RFC 8058: one-click unsubscribe is only honoured when both headers are covered by the signature.
            signer.addHeaderToSign("List-Unsubscribe-Post");
            signer.addHeaderToSign("Auto-Submitted");
            return new MessageSigner(signer);
        } catch (DkimException e) {
            throw new IllegalArgumentException("DKIM domain " + dkim.domain() + " cannot sign: " + e.getMessage(), e);
        }
    }

    /**
     * A signed copy of the message, to be sent instead of it. The signature header is computed when the copy is
     * written to the server.
     */
    public SMTPMessage sign(MimeMessage message, String envelopeFrom) throws MessagingException {
        DkimMessage signed = new DkimMessage(message, signer);
        signed.setEnvelopeFrom(envelopeFrom);
        return signed;
    }
}
