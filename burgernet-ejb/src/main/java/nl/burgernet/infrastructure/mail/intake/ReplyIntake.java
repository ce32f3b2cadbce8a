package nl.burgernet.infrastructure.mail.intake;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.burgernet.application.reply.ReplyRecorder;
import nl.burgernet.infrastructure.mail.MailServerSettings;
import nl.burgernet.infrastructure.mail.reply.InboundMailParser;
import nl.burgernet.infrastructure.mail.reply.ReplyParserSettings;
import nl.burgernet.infrastructure.reply.ReplyStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The EJB timer that reads the reply mailbox every 2 seconds ({@code burgernet.replies.enabled=false} turns it off),
 * and at once when IMAP IDLE reports new mail. Each read empties the inbox ({@link MailboxDrain}): mails are fetched,
 * parsed and recorded in chunks, each chunk in one transaction, and only then moved to the {@code Processed} folder;
 * if the server dies in between, the next read meets the mails again and the recorder recognises them. Reads do not
 * overlap: the singleton's write lock makes a long read delay the next.
 *
 * <p>{@code burgernet.replies.chunk-size} (2,000) and {@code burgernet.replies.chunk-bytes} (16 MB) bound a chunk: a
 * flood of short replies goes in few IMAP commands and transactions, a run of photos in small chunks. A mail larger
 * than {@code burgernet.replies.max-mail-bytes} (25 MB) by the server's size is never fetched whole: its headers and a
 * note are recorded, and the mail itself is moved to the folder {@code Oversized}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplyIntake {

    private static final Logger LOG = Logger.getLogger(ReplyIntake.class.getName());
    /** A FETCH or MOVE of a whole chunk from a full mailbox takes a test server (GreenMail) seconds. */
    private static final Duration IMAP_READ_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    MailServerSettings mail;

    @Inject
    ReplyRecorder recorder;

    @Inject
    @ConfigProperty(name = "burgernet.replies.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "burgernet.replies.chunk-size", defaultValue = "2000")
    int chunkSize;

    @Inject
    @ConfigProperty(name = "burgernet.replies.chunk-bytes", defaultValue = "16777216")
    long chunkBytes;

    @Inject
    @ConfigProperty(name = "burgernet.replies.max-mail-bytes", defaultValue = "26214400")
    long maxMailBytes;

    @Inject
    @ConfigProperty(name = "burgernet.replies.quarantine-retention-days", defaultValue = "90")
    int quarantineRetentionDays;

    @Inject
    @ConfigProperty(name = "burgernet.replies.quarantine-max-bytes", defaultValue = "1073741824")
    long quarantineMaxBytes;

    @Inject
    ReplyStore replyStore;

    @Inject
    @ConfigProperty(name = "burgernet.mail.default-reply-domain", defaultValue = "reply.burgernet.localhost")
    String defaultReplyDomain;

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    /** Records one chunk while the timer's thread fetches the next from the mail server. */
    @Resource
    ManagedExecutorService executor;

    private Store store;
    /** A reply mailbox without a login is said once in the log (and always by the health check), not every 2 s. */
    private boolean problemLogged;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "reply intake")
    void read() {
        if (!enabled) {
            return;
        }
        Optional<String> problem = mail.replyMailboxProblem();
        if (problem.isPresent()) {
            if (!problemLogged) {
                LOG.severe("The reply mailbox is not read: " + problem.get());
                problemLogged = true;
            }
            return;
        }
        try {
            readOnce();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the reply mailbox failed; trying again in 2 s", e);
            close();
        }
    }

    /**
     * Keeps the quarantine within {@code burgernet.replies.quarantine-retention-days} (90) and
     * {@code burgernet.replies.quarantine-max-bytes} (1 GB of raw mail, the oldest go first); every hour.
     */
    @Schedule(minute = "7", hour = "*", persistent = false, info = "quarantine retention")
    void purgeQuarantine() {
        try {
            int removed = replyStore.purgeQuarantine(
                    Instant.now().minus(Duration.ofDays(quarantineRetentionDays)), quarantineMaxBytes);
            if (removed > 0) {
                LOG.info(() -> "Reply mailbox: " + removed + " quarantined mail(s) removed after their retention");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cleaning up the quarantine failed; trying again in an hour", e);
        }
    }

    /** Reads the mailbox now, e.g. because IMAP IDLE reported new mail; failures are logged like the tick's. */
    public void readNow() {
        read();
    }

    /** Empties the inbox; returns how many mails were handled. */
    public int readOnce() throws MessagingException {
        InboundMailParser parser = new InboundMailParser(
                ReplyParserSettings.defaults(defaultReplyDomain).withReplyDomains(replyDomains()));
        return new MailboxDrain(
                        store(),
                        parser,
                        recorder,
                        MailboxDrain.Limits.of(chunkSize, chunkBytes, maxMailBytes),
                        executor)
                .drain();
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

    private Store store() throws MessagingException {
        if (store == null || !store.isConnected()) {
            Store s = mail.session(IMAP_READ_TIMEOUT).getStore("imap");
            mail.connectReplyMailbox(s);
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
