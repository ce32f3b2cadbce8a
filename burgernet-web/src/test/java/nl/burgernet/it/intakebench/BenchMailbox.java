package nl.burgernet.it.intakebench;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * A reply mailbox on the tests' mail server (GreenMail), filled through GreenMail's own API rather than SMTP or IMAP.
 * For the benchmark, mail is stored in a folder the intake does not read ({@link #stage}; GreenMail takes about a
 * second per thousand) and then becomes the inbox in an instant ({@link #release}): the intake meets a full inbox, as
 * after an outage or a flood of answers, and the clock measures the intake, not the test's way of getting mail in.
 * The benchmark uses a mailbox of its own ({@link #BENCH_USER}), so that no other portal of the run (Arquillian's
 * reads {@code replies}) takes its mail.
 */
public final class BenchMailbox {

    public static final String BENCH_USER = "intakebench";
    public static final String BENCH_PASSWORD = "intakebench";

    private final GreenMail greenMail;
    private final GreenMailUser user;

    private BenchMailbox(GreenMail greenMail, GreenMailUser user) {
        this.greenMail = greenMail;
        this.user = user;
    }

    /** The mailbox of {@code login} on {@code greenMail}, made with that login as password if it does not exist. */
    public static BenchMailbox of(GreenMail greenMail, String login, String address) {
        GreenMailUser existing = greenMail.getUserManager().getUser(login);
        return new BenchMailbox(greenMail, existing != null ? existing : greenMail.setUser(address, login, login));
    }

    /** The benchmark's own mailbox. */
    public static BenchMailbox bench(GreenMail greenMail) {
        return of(greenMail, BENCH_USER, BENCH_USER + "@burgernet.local");
    }

    /** The mails as GreenMail stores them, parsed ahead of time. */
    public static List<MimeMessage> prepare(List<byte[]> mails) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> prepared = new ArrayList<>(mails.size());
        for (byte[] raw : mails) {
            prepared.add(new MimeMessage(session, new ByteArrayInputStream(raw)));
        }
        return prepared;
    }

    /** Stores the mails in folder {@code name} (made if missing), out of the intake's sight. */
    public void stage(String name, List<MimeMessage> mails) throws Exception {
        ImapHostManager folders = greenMail.getManagers().getImapHostManager();
        MailFolder folder = folders.getFolder(user, name);
        if (folder == null) {
            folder = folders.createMailbox(user, name);
        }
        Date now = new Date();
        for (MimeMessage mail : mails) {
            folder.appendMessage(mail, new Flags(), now);
        }
    }

    /**
     * Makes folder {@code name} the inbox, in one step: the old inbox (which should be empty) is dropped and the folder
     * renamed. IMAP has no command for this; GreenMail's store does it behind the protocol. A session that had the
     * old inbox selected is told it was deleted (the portal's IDLE watcher then connects again) and every new SELECT
     * finds the new one full.
     */
    public void release(String name) throws Exception {
        ImapHostManager folders = greenMail.getManagers().getImapHostManager();
        MailFolder staged = folders.getFolder(user, name, true);
        MailFolder inbox = folders.getInbox(user);
        if (inbox.getMessageCount() > 0) {
            throw new IllegalStateException("The inbox still holds " + inbox.getMessageCount() + " mails");
        }
        inbox.signalDeletion();
        folders.getStore().deleteMailbox(inbox);
        folders.getStore().renameMailbox(staged, "INBOX");
    }

    /**
     * Copies the mails of folder {@code from} that {@code which} selects into folder {@code to} (made if missing), as
     * GreenMail copies: the same bytes. Returns how many.
     */
    public int copy(String from, String to, Predicate<MimeMessage> which) throws Exception {
        ImapHostManager folders = greenMail.getManagers().getImapHostManager();
        MailFolder source = folders.getFolder(user, from, true);
        MailFolder target = folders.getFolder(user, to);
        if (target == null) {
            target = folders.createMailbox(user, to);
        }
        int copied = 0;
        for (StoredMessage message : source.getMessages()) {
            if (which.test(message.getMimeMessage())) {
                source.copyMessage(message.getUid(), target);
                copied++;
            }
        }
        return copied;
    }

    /** Mails in folder {@code name}; 0 when there is no such folder. */
    public int count(String name) {
        MailFolder folder = greenMail.getManagers().getImapHostManager().getFolder(user, name);
        return folder == null ? 0 : folder.getMessageCount();
    }

    /** Mails in the inbox, including any flagged deleted but not yet expunged. */
    public int inboxCount() {
        return count("INBOX");
    }
}
