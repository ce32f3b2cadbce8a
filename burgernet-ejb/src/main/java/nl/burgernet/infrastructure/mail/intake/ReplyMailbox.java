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
    /** Where a mail larger than the limit is left whole, unread, for a person with the right tools. */
    static final String OVERSIZED = "Oversized";
    /** What an oversized mail counts for in a chunk: only its headers are fetched. */
    private static final long HEADER_ALLOWANCE = 16 * 1024;

    private final Folder inbox;
    private final Folder processed;
    private final Folder oversized;
    private final long maxMailBytes;
    private final Optional<FetchProfile.Item> wholeMessage;
    private final boolean canMove;
    private boolean flaggedDeleted;

    private ReplyMailbox(Store store, Folder inbox, Folder processed, Folder oversized, long maxMailBytes) {
        this.inbox = inbox;
        this.processed = processed;
        this.oversized = oversized;
        this.maxMailBytes = maxMailBytes;
        this.wholeMessage = ImapExtensions.wholeMessage(inbox);
        this.canMove = ImapExtensions.canMove(store, inbox);
    }

    /** Opens the inbox; a mail larger than {@code maxMailBytes} (by the server's RFC822.SIZE) is never fetched whole. */
    static ReplyMailbox open(Store store, long maxMailBytes) throws MessagingException {
        Folder processed = folder(store, PROCESSED);
        Folder oversized = folder(store, OVERSIZED);
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        return new ReplyMailbox(store, inbox, processed, oversized, maxMailBytes);
    }

    private static Folder folder(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists()) {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        return folder;
    }

    /**
     * A mail of the inbox with its bytes as read; for an oversized one, its headers and a note in place of its body,
     * the original staying whole in {@link #OVERSIZED}.
     */
    record FetchedMail(Message message, byte[] raw, boolean oversized) {}

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

    /** What each mail will hold in memory: its size, or only its headers' for an oversized one. */
    long[] sizes(List<Message> messages) throws MessagingException {
        long[] sizes = new long[messages.size()];
        for (int i = 0; i < sizes.length; i++) {
            long size = messages.get(i).getSize();
            sizes[i] = isOversized(size) ? HEADER_ALLOWANCE : size;
        }
        return sizes;
    }

    private boolean isOversized(long size) {
        return size > maxMailBytes;
    }

    /** The mails of a chunk (oversized ones as headers and a note); those removed meanwhile are left out. */
    List<FetchedMail> fetch(List<Message> chunk) throws MessagingException {
        List<Message> whole = new ArrayList<>(chunk.size());
        for (Message message : chunk) {
            if (!message.isExpunged() && !isOversized(message.getSize())) {
                whole.add(message);
            }
        }
        if (wholeMessage.isPresent() && !whole.isEmpty()) {
            FetchProfile profile = new FetchProfile();
            profile.add(wholeMessage.get());
            inbox.fetch(whole.toArray(Message[]::new), profile);
        }
        List<FetchedMail> fetched = new ArrayList<>(chunk.size());
        for (Message message : chunk) {
            if (message.isExpunged()) {
                continue;
            }
            try {
                fetched.add(
                        isOversized(message.getSize())
                                ? new FetchedMail(message, OversizedMail.standIn(message, maxMailBytes), true)
                                : new FetchedMail(message, raw(message), false));
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
     * Takes recorded mails out of the inbox into {@code Processed}, oversized ones into {@code Oversized}: MOVE where
     * possible, otherwise COPY and flag them deleted (expunged when the run closes the inbox).
     */
    void moveToProcessed(List<FetchedMail> mails) throws MessagingException {
        move(mails.stream().filter(m -> !m.oversized()).toList(), processed);
        move(mails.stream().filter(FetchedMail::oversized).toList(), oversized);
    }

    private void move(List<FetchedMail> mails, Folder target) throws MessagingException {
        if (mails.isEmpty()) {
            return;
        }
        Message[] messages = mails.stream().map(FetchedMail::message).toArray(Message[]::new);
        if (canMove) {
            ImapExtensions.move(inbox, messages, target);
        } else {
            inbox.copyMessages(messages, target);
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
