package nl.burgernet.channel.email.smtp;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.channel.api.DeliveryResult;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * What an SMTP failure means for the recipient and for the connection. A 5xx reply to the recipient or the content
 * is permanent for that recipient; a 4xx is worth a retry. A failure of the connection itself (cannot connect,
 * login refused, server closing, sender refused) is not the recipient's fault: they get a retry, and the
 * connection stops sending so that a broken server or setting is not hammered for every recipient.
 *
 * @param permanent the recipient should not be tried again
 * @param connectionBroken the connection should stop sending
 * @param reason for the operator; the server's reply where there is one, never a secret, and nothing of the
 *     connection's own errors (hosts, ports, refused or timed out), which would map the network behind the portal
 * @param retryAfter the least wait before a retry
 */
public record SmtpFailure(boolean permanent, boolean connectionBroken, String reason, Duration retryAfter) {

    private static final Logger LOG = Logger.getLogger(SmtpFailure.class.getName());
    static final Duration RECIPIENT_BACKOFF = Duration.ofMinutes(5);
    static final Duration CONNECTION_BACKOFF = Duration.ofMinutes(1);
    static final Duration SETTINGS_BACKOFF = Duration.ofMinutes(15);

    public DeliveryResult resultFor(long deliveryId) {
        return permanent
                ? new DeliveryResult.Failed(deliveryId, reason)
                : new DeliveryResult.Retry(deliveryId, reason, retryAfter);
    }

    /** Reads a failure of {@code Transport.connect} or {@code Transport.sendMessage}. */
    public static SmtpFailure of(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return new SmtpFailure(
                    false,
                    true,
                    "the mail server refused the SMTP login; check the user name and password",
                    SETTINGS_BACKOFF);
        }
        SMTPAddressFailedException refusedRecipient = find(failure, SMTPAddressFailedException.class);
        if (refusedRecipient != null) {
            if (refusedRecipient.getReturnCode() < 0) {
                // No reply at all ("[EOF]"): the server went away while the recipient was named, it did not defer it.
                return new SmtpFailure(
                        false, true, "the mail server closed the connection without a reply", CONNECTION_BACKOFF);
            }
            return byReplyCode(refusedRecipient.getReturnCode(), refusedRecipient.getMessage(), false);
        }
        SMTPSendFailedException refusedSend = find(failure, SMTPSendFailedException.class);
        if (refusedSend != null) {
            int code = refusedSend.getReturnCode();
            String reply = refusedSend.getMessage();
            if (code < 0) {
                return new SmtpFailure(
                        false, true, "the mail server closed the connection without a reply", CONNECTION_BACKOFF);
            }
            if (code == 421) {
                return new SmtpFailure(
                        false, true, "the mail server closed the connection: " + reply, CONNECTION_BACKOFF);
            }
            if (refusedSend.getCommand() != null && refusedSend.getCommand().startsWith("MAIL")) {
                // The sender is refused: every recipient would be, so this is the settings, not the recipient.
                return new SmtpFailure(
                        false,
                        true,
                        "the mail server refused the sender: " + reply,
                        code >= 500 ? SETTINGS_BACKOFF : RECIPIENT_BACKOFF);
            }
            return byReplyCode(code, reply, false);
        }
        // The exception's own words name addresses, ports and how the connection failed (refused, timed out, reset):
        // to an operator that is a map of the network behind the portal. They go to the server's log only.
        LOG.log(Level.INFO, "SMTP failure", failure);
        if (failure instanceof MailConnectException || find(failure, IOException.class) != null) {
            return new SmtpFailure(
                    false,
                    true,
                    "the connection to the mail server failed (details in the server log)",
                    CONNECTION_BACKOFF);
        }
        return new SmtpFailure(false, true, "sending failed (details in the server log)", CONNECTION_BACKOFF);
    }

    /**
     * The connection was lost under us (server restart, idle timeout): worth one reconnect and another try. Jakarta
     * Mail reports a closed socket as an I/O error, or as a reply code of -1 when the server hung up before
     * answering (also while a recipient was named: nothing of the message was sent yet).
     */
    static boolean isLostConnection(MessagingException failure) {
        SMTPAddressFailedException recipient = find(failure, SMTPAddressFailedException.class);
        return failure.getNextException() instanceof IOException
                || (failure instanceof SMTPSendFailedException refused
                        && (refused.getReturnCode() == 421 || refused.getReturnCode() < 0))
                || (recipient != null && recipient.getReturnCode() < 0);
    }

    private static SmtpFailure byReplyCode(int code, String reply, boolean connectionBroken) {
        if (code >= 500) {
            return new SmtpFailure(true, connectionBroken, "refused by the mail server: " + reply, Duration.ZERO);
        }
        return new SmtpFailure(false, connectionBroken, "deferred by the mail server: " + reply, RECIPIENT_BACKOFF);
    }

    /** The first exception of the type in the chain of causes and next exceptions. */
    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            Throwable next = current instanceof MessagingException messaging ? messaging.getNextException() : null;
            current = next != null ? next : current.getCause();
        }
        return null;
    }
}
