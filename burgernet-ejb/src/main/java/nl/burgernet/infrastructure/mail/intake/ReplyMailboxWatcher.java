package nl.burgernet.infrastructure.mail.intake;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Store;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.infrastructure.mail.MailServerSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Waits for new mail with IMAP IDLE (RFC 2177) where the server has it, and has the {@link ReplyIntake} read the
 * mailbox the moment something arrives, instead of at its next 2-second tick. The tick stays as the safety net: if
 * the server has no IDLE, or this connection drops, nothing is missed, only later.
 *
 * <p>IDLE is not part of the Jakarta Mail API; the IMAP provider's {@code IMAPFolder.idle(boolean)} is called by name,
 * so this class does not depend on the provider's package (Angus in Payara).
 */
@Singleton
@Startup
@DependsOn("ReplyIntake")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplyMailboxWatcher {

    private static final Logger LOG = Logger.getLogger(ReplyMailboxWatcher.class.getName());
    private static final long RECONNECT_MILLIS = 5_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MailServerSettings mail;

    @Inject
    ReplyIntake intake;

    @Inject
    @ConfigProperty(name = "burgernet.replies.enabled", defaultValue = "true")
    boolean enabled;

    private volatile boolean running;
    private volatile Store store;
    private Thread thread;

    @PostConstruct
    void start() {
        if (!enabled || mail.replyMailboxProblem().isPresent()) {
            return; // the intake's timer says why, once
        }
        running = true;
        thread = threads.newThread(this::watch);
        thread.setName("burgernet-reply-idle");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            try (Store s = mail.session().getStore("imap")) {
                mail.connectReplyMailbox(s);
                store = s;
                if (!hasIdle(s)) {
                    LOG.info("The reply mailbox's server has no IMAP IDLE: it is read every 2 seconds");
                    return;
                }
                Folder inbox = s.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                Method idle = inbox.getClass().getMethod("idle", boolean.class);
                LOG.info("Waiting for replies with IMAP IDLE");
                while (running) {
                    intake.readNow();
                    idle.invoke(inbox, true); // returns when the server reports a change
                }
            } catch (Exception e) {
                if (running) {
                    LOG.log(Level.FINE, "IMAP IDLE on the reply mailbox stopped; connecting again", unwrap(e));
                    sleep();
                }
            } finally {
                store = null;
            }
        }
    }

    private static boolean hasIdle(Store s) {
        try {
            return (Boolean)
                    s.getClass().getMethod("hasCapability", String.class).invoke(s, "IDLE");
        } catch (ReflectiveOperationException | ClassCastException e) {
            return false;
        }
    }

    private static Throwable unwrap(Exception e) {
        return e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
    }

    private void sleep() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        Store s = store;
        if (s != null) {
            try {
                s.close(); // ends a waiting IDLE
            } catch (Exception e) {
                LOG.log(Level.FINE, "Closing the IDLE connection", e);
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
