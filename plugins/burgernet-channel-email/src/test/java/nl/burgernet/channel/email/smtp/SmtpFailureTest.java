package nl.burgernet.channel.email.smtp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import nl.burgernet.channel.api.DeliveryResult;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

class SmtpFailureTest {

    private static final Address[] NONE = new Address[0];

    @Test
    void aRefusedRecipientIsPermanentAndKeepsTheConnection() throws Exception {
        SmtpFailure failure = SmtpFailure.of(rcptRefused(550, "550 5.1.1 No such user"));

        assertInstanceOf(DeliveryResult.Failed.class, failure.resultFor(1));
        assertFalse(failure.connectionBroken());
    }

    @Test
    void aDeferredRecipientIsRetriedAndKeepsTheConnection() throws Exception {
        SmtpFailure failure = SmtpFailure.of(rcptRefused(450, "450 4.2.1 Try later"));

        assertInstanceOf(DeliveryResult.Retry.class, failure.resultFor(1));
        assertFalse(failure.connectionBroken());
    }

    @Test
    void refusedContentIsPermanentForThatRecipient() {
        SmtpFailure failure =
                SmtpFailure.of(new SMTPSendFailedException(".", 554, "554 5.7.1 Rejected", null, NONE, NONE, NONE));

        assertInstanceOf(DeliveryResult.Failed.class, failure.resultFor(1));
    }

    @Test
    void aRefusedSenderIsRetriedAndStopsTheConnection() {
        SmtpFailure failure = SmtpFailure.of(
                new SMTPSendFailedException("MAIL FROM:<b@x>", 553, "553 not yours", null, NONE, NONE, NONE));

        assertInstanceOf(DeliveryResult.Retry.class, failure.resultFor(1));
        assertTrue(failure.connectionBroken());
    }

    @Test
    void aServerHangingUpIsALostConnectionWorthAReconnect() {
        MessagingException noReply =
                new SMTPSendFailedException("MAIL FROM:<b@x>", -1, "[EOF]", null, NONE, NONE, NONE);
        MessagingException brokenPipe = new MessagingException("Can't send command", new IOException("pipe"));

        assertTrue(SmtpFailure.isLostConnection(noReply));
        assertTrue(SmtpFailure.isLostConnection(brokenPipe));
        assertInstanceOf(DeliveryResult.Retry.class, SmtpFailure.of(noReply).resultFor(1));
        assertInstanceOf(DeliveryResult.Retry.class, SmtpFailure.of(brokenPipe).resultFor(1));
    }

    /**
     * The fault suite's finding: the mail server going away while a recipient was being named gave Jakarta Mail's
     * "[EOF]" with no reply code, which was read as the server deferring that recipient — five minutes' wait, and the
     * worker went on sending over the dead connection.
     */
    @Test
    void aConnectionLostWhileARecipientIsNamedIsTheConnectionsFailureNotTheRecipients() throws Exception {
        SmtpFailure failure = SmtpFailure.of(rcptRefused(-1, "[EOF]"));

        assertTrue(SmtpFailure.isLostConnection(rcptRefused(-1, "[EOF]")), "worth one reconnect");
        assertInstanceOf(DeliveryResult.Retry.class, failure.resultFor(1));
        assertTrue(failure.connectionBroken());
        assertTrue(failure.retryAfter().compareTo(SmtpFailure.CONNECTION_BACKOFF) <= 0, failure.toString());
        assertFalse(failure.reason().contains("deferred"), failure.reason());
    }

    @Test
    void aRefusedLoginIsASettingsProblem() {
        SmtpFailure failure = SmtpFailure.of(new AuthenticationFailedException("535 5.7.8 bad credentials"));

        assertTrue(failure.connectionBroken());
        assertTrue(failure.reason().contains("login"));
        assertTrue(failure.retryAfter().toMinutes() >= 15);
    }

    @Test
    void aFailedConnectionTellsTheOperatorNothingOfTheNetworkBehindThePortal() {
        MessagingException refused = new org.eclipse.angus.mail.util.MailConnectException(
                new org.eclipse.angus.mail.util.SocketConnectException(
                        "Couldn't connect to host",
                        new java.net.ConnectException("Connection refused"),
                        "10.0.0.5",
                        25,
                        -1));
        MessagingException other =
                new MessagingException("Exception reading response", new RuntimeException("10.0.0.5"));

        for (MessagingException failure : new MessagingException[] {refused, other}) {
            String reason = SmtpFailure.of(failure).reason();
            assertFalse(reason.contains("10.0.0.5"), reason);
            assertFalse(reason.contains("25"), reason);
            assertFalse(reason.toLowerCase(java.util.Locale.ROOT).contains("refused"), reason);
        }
    }

    private static SendFailedException rcptRefused(int code, String reply) throws Exception {
        InternetAddress address = new InternetAddress("a@example.org");
        SendFailedException failed =
                new SendFailedException("Invalid Addresses", null, NONE, NONE, new Address[] {address});
        failed.setNextException(new SMTPAddressFailedException(address, "RCPT TO:<a@example.org>", code, reply));
        return failed;
    }
}
