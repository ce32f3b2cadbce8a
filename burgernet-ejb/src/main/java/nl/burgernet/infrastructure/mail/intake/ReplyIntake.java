package nl.burgernet.infrastructure.mail.intake;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.burgernet.application.reply.ReplyRecorder;
import nl.burgernet.domain.model.reply.InboundMail;
import nl.burgernet.infrastructure.mail.MailServerSettings;
import nl.burgernet.infrastructure.mail.reply.InboundMailParser;
import nl.burgernet.infrastructure.mail.reply.ReplyParserSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The EJB timer that reads the reply mailbox every 2 seconds ({@code burgernet.replies.enabled=false} turns it off).
 * Each mail is parsed, recorded in its own transaction, and only then copied to the {@code Processed} folder and
 * deleted from the inbox; if the server dies in between, the next run meets the mail again and the recorder
 * recognises it. Ticks do not overlap: the singleton's write lock makes a slow run delay the next.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplyIntake {

    static final String PROCESSED = "Processed";
    private static final Logger LOG = Logger.getLogger(ReplyIntake.class.getName());
    private static final int MAX_PER_RUN = 500;

    @Inject
    MailServerSettings mail;

    @Inject
    ReplyRecorder recorder;

    @Inject
    @ConfigProperty(name = "burgernet.replies.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "burgernet.mail.default-reply-domain", defaultValue = "reply.burgernet.localhost")
    String defaultReplyDomain;

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    private Store store;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "reply intake")
    void read() {
        if (!enabled) {
            return;
        }
        try {
            readOnce();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the reply mailbox failed; trying again in 2 s", e);
            close();
        }
    }

    /** Reads the mailbox now, e.g. because IMAP IDLE reported new mail; failures are logged like the tick's. */
    public void readNow() {
        read();
    }

    /** Reads what waits in the inbox now; returns how many mails were handled. */
    public int readOnce() throws MessagingException {
        Folder inbox = store().getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        try {
            int count = inbox.getMessageCount();
            if (count == 0) {
                return 0;
            }
            Folder processed = folder(PROCESSED);
            InboundMailParser parser = new InboundMailParser(
                    ReplyParserSettings.defaults(defaultReplyDomain).withReplyDomains(replyDomains()));
            Message[] messages = inbox.getMessages(1, Math.min(count, MAX_PER_RUN));
            int handled = 0;
            for (Message message : messages) {
                byte[] raw = raw(message);
                Optional<String> unsubscribeKey = UnsubscribeAddress.keyIn(message);
                if (unsubscribeKey.isPresent()) {
                    recorder.unsubscribe(raw, unsubscribeKey.get(), messageId(message));
                } else {
                    handle(raw, parser);
                }
                inbox.copyMessages(new Message[] {message}, processed);
                message.setFlag(Flags.Flag.DELETED, true);
                handled++;
            }
            return handled;
        } finally {
            inbox.close(true); // expunges what was copied to Processed
        }
    }

    private void handle(byte[] raw, InboundMailParser parser) {
        InboundMail mail;
        try {
            mail = parser.classify(raw);
        } catch (RuntimeException e) {
            recorder.quarantineFailed(raw, "The parser failed: " + e);
            return;
        }
        try {
            recorder.record(raw, mail);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Storing a reply failed; the mail goes to the quarantine", e);
            recorder.quarantineFailed(raw, "Storing failed: " + e);
        }
    }

    private Set<String> replyDomains() {
        Set<String> domains = new HashSet<>();
        domains.add(defaultReplyDomain);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT reply_domain FROM municipality WHERE reply_domain IS NOT NULL");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!rs.getString(1).isBlank()) {
                    domains.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the reply domains", e);
        }
        return domains;
    }

    private static String messageId(Message message) {
        try {
            String[] ids = message.getHeader("Message-ID");
            return ids == null || ids.length == 0 ? "" : ids[0];
        } catch (MessagingException e) {
            return "";
        }
    }

    private static byte[] raw(Message message) throws MessagingException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("Cannot read a mail from the mailbox", e);
        }
    }

    private Folder folder(String name) throws MessagingException {
        Folder f = store().getFolder(name);
        if (!f.exists()) {
            f.create(Folder.HOLDS_MESSAGES);
        }
        return f;
    }

    private Store store() throws MessagingException {
        if (store == null || !store.isConnected()) {
            Store s = mail.session().getStore("imap");
            s.connect(mail.imapHost(), mail.imapPort(), mail.imapUser(), mail.imapPassword());
            store = s;
        }
        return store;
    }

    @PreDestroy
    void close() {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "Closing the reply mailbox", e);
            }
            store = null;
        }
    }
}
