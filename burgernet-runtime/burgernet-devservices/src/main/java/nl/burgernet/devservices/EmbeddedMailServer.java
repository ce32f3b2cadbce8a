package nl.burgernet.devservices;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail server on loopback: SMTP receives what the portal sends (every recipient gets a mailbox on the fly),
 * IMAP serves the reply mailbox the portal reads residents' answers from. Mail is kept in memory only.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    /** The mailbox that residents' replies arrive in, as the portal's IMAP reader logs into it. */
    public static final String REPLY_MAILBOX_USER = "replies";

    public static final String REPLY_MAILBOX_PASSWORD = "replies";

    public static final String REPLY_MAILBOX_ADDRESS = "replies@burgernet.local";

    private final GreenMail greenMail;

    public EmbeddedMailServer(int smtpPort, int imapPort) {
        greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser(REPLY_MAILBOX_ADDRESS, REPLY_MAILBOX_USER, REPLY_MAILBOX_PASSWORD));
    }

    public EmbeddedMailServer start() {
        greenMail.start();
        routeReplyAddressesToTheReplyMailbox();
        return this;
    }

    /**
     * Mail to {@code reply+KEY@}, {@code bounce+KEY@} or {@code unsubscribe+KEY@} any domain goes to the reply
     * mailbox, as a real reply domain's MX delivers its whole domain to one mailbox. Other addresses get a mailbox
     * of their own, made on first delivery (GreenMail's default), so every resident's mail can be read.
     */
    private void routeReplyAddressesToTheReplyMailbox() {
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler byAddress = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            String local = address.getEmail()
                    .substring(0, Math.max(0, address.getEmail().indexOf('@')));
            String lower = local.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("reply+") || lower.startsWith("bounce+") || lower.startsWith("unsubscribe+")) {
                return users.getUserByEmail(REPLY_MAILBOX_ADDRESS);
            }
            return byAddress.handle(message, address);
        });
    }

    /** For tests that look at what the portal sent. */
    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
