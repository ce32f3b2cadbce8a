package nl.burgernet.devservices;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
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
        return this;
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
