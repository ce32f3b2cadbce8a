package nl.burgernet.infrastructure.mail.intake;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reply mailbox's inbox, open for one run of the intake, and its {@code Processed} folder. Every operation works
 * on many mails in one IMAP command where the server and the provider allow it: one FETCH for the sizes of a run,
 * one for the whole messages of a chunk, one MOVE (or COPY and STORE) for a chunk that has been recorded. A mail
 * another reader removed in the meantime is left out rather than failing the others.
 */
final class ReplyMailbox implements AutoCloseable {

    static final String PROCESSED = "Processed";

    private final Folder inbox;
    private final Folder processed;
    private final Optional<FetchProfile.Item> wholeMessage;
    private final boolean canMove;
    private boolean flaggedDeleted;

    private ReplyMailbox(Store store, Folder inbox, Folder processed) {
        this.inbox = inbox;
        this.processed = processed;
        this.wholeMessage = ImapExtensions.wholeMessage(inbox);
        this.canMove = ImapExtensions.canMove(store, inbox);
    }

    static ReplyMailbox open(Store store) throws MessagingException {
        Folder processed = store.getFolder(PROCESSED);
        if (!processed.exists()) {
            processed.create(Folder.HOLDS_MESSAGES);
        }
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        return new ReplyMailbox(store, inbox, processed);
    }

    /** A mail of the inbox with its bytes as read. */
    record FetchedMail(Message message, byte[] raw) {}

    /**
     * The mails waiting in the inbox, oldest first: at most {@code maxMails}, and no more than fit in {@code maxBytes}
     * together (at least one).
     */
    List<Message> waiting(int maxMails, long maxBytes) throws MessagingException {
        int count = inbox.getMessageCount();
        if (count <= 0) {
            return List.of();
        }
        Message[] messages = inbox.getMessages(1, Math.min(count, maxMails));
        FetchProfile sizes = new FetchProfile();
        sizes.add(FetchProfile.Item.SIZE);
        inbox.fetch(messages, sizes);
        return List.of(messages).subList(0, Chunks.fitting(sizes(List.of(messages)), maxBytes));
    }

    static long[] sizes(List<Message> messages) throws MessagingException {
        long[] sizes = new long[messages.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = messages.get(i).getSize();
        }
        return sizes;
    }

    /** The whole mails of a chunk; those removed from the inbox meanwhile are left out. */
    List<FetchedMail> fetch(List<Message> chunk) throws MessagingException {
        if (wholeMessage.isPresent()) {
            FetchProfile whole = new FetchProfile();
            whole.add(wholeMessage.get());
            inbox.fetch(chunk.toArray(Message[]::new), whole);
        }
        List<FetchedMail> fetched = new ArrayList<>(chunk.size());
        for (Message message : chunk) {
            if (message.isExpunged()) {
                continue;
            }
            try {
                fetched.add(new FetchedMail(message, raw(message)));
            } catch (MessageRemovedException gone) {
                // Another reader of the mailbox took it: it is theirs to record.
            }
        }
        return fetched;
    }

    private static byte[] raw(Message message) throws MessagingException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("Cannot read a mail from the mailbox", e);
        }
    }

    /**
     * Takes recorded mails out of the inbox into {@code Processed}: MOVE where possible, otherwise COPY and flag them
     * deleted (expunged when the run closes the inbox).
     */
    void moveToProcessed(List<FetchedMail> mails) throws MessagingException {
        if (mails.isEmpty()) {
            return;
        }
        Message[] messages = mails.stream().map(FetchedMail::message).toArray(Message[]::new);
        if (canMove) {
            ImapExtensions.move(inbox, messages, processed);
        } else {
            inbox.copyMessages(messages, processed);
            inbox.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
            flaggedDeleted = true;
        }
    }

    @Override
    public void close() throws MessagingException {
        if (inbox.isOpen()) {
            inbox.close(flaggedDeleted);
        }
    }
}
