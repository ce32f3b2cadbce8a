package nl.burgernet.infrastructure.mail.intake;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.application.reply.ReceivedMail;
import nl.burgernet.application.reply.ReplyRecorder;
import nl.burgernet.application.reply.ReplyRecorder.Outcome;
import nl.burgernet.domain.model.reply.InboundMail;
import nl.burgernet.infrastructure.mail.intake.ReplyMailbox.FetchedMail;
import nl.burgernet.infrastructure.mail.reply.InboundMailParser;

/**
 * Empties the reply mailbox's inbox: run after run while mail waits, each run in chunks that are fetched together,
 * parsed, recorded in one transaction and only then moved to {@code Processed}. If the server dies between the
 * commit and the move, the next run meets the chunk again and the recorder recognises every mail in it.
 *
 * <p>A chunk the database refuses is recorded again mail by mail, so that one bad mail costs only itself: it goes to
 * the quarantine, the others are stored. If even that fails (the database is gone), the run stops and the chunk stays
 * in the inbox for the next one.
 *
 * <p>While one chunk is parsed and recorded (on the executor), this thread talks to the mail server: it fetches the
 * next chunk and moves the one before. The IMAP connection stays with one thread, the database and the CPU work on
 * the other, so neither waits for the other; at most one chunk is being recorded at a time.
 */
final class MailboxDrain {

    private static final Logger LOG = Logger.getLogger(MailboxDrain.class.getName());

    /**
     * How much the intake takes at once.
     *
     * @param chunkMails mails fetched, recorded and moved together
     * @param chunkBytes the most bytes of mail in one chunk (a larger mail is a chunk of its own)
     * @param runMails mails a run takes from the inbox before it opens the inbox anew
     * @param runBytes the most bytes of mail a run holds (the provider keeps what it fetched until the run ends)
     * @param maxMailBytes a mail larger than this (by the server's RFC822.SIZE) is recorded by its headers and a note,
     *     and left whole in the folder {@code Oversized}
     */
    record Limits(int chunkMails, long chunkBytes, int runMails, long runBytes, long maxMailBytes) {

        /** The default limit of one mail: larger ones are not fetched whole (see {@link OversizedMail}). */
        static final long DEFAULT_MAX_MAIL_BYTES = 25L * 1024 * 1024;

        Limits(int chunkMails, long chunkBytes, int runMails, long runBytes) {
            this(chunkMails, chunkBytes, runMails, runBytes, DEFAULT_MAX_MAIL_BYTES);
        }

        /** A run of a few chunks. */
        static Limits of(int chunkMails, long chunkBytes, long maxMailBytes) {
            return new Limits(chunkMails, chunkBytes, chunkMails * 5, chunkBytes * 4, maxMailBytes);
        }
    }

    /** What a run did: mails taken out of the inbox, and how many of them were new (not recorded before). */
    record Run(int handled, int recorded) {}

    /** A chunk on its way: fetched, and being recorded; it may be moved once {@code recorded} completes. */
    private record Pending(List<FetchedMail> mails, CompletableFuture<Integer> recorded) {}

    private final Store store;
    private final Function<byte[], InboundMail> classifier;
    private final ReplyRecorder recorder;
    private final Limits limits;
    private final Executor executor;

    MailboxDrain(Store store, InboundMailParser parser, ReplyRecorder recorder, Limits limits, Executor executor) {
        this(store, parser::classify, recorder, limits, executor);
    }

    MailboxDrain(
            Store store,
            Function<byte[], InboundMail> classifier,
            ReplyRecorder recorder,
            Limits limits,
            Executor executor) {
        this.store = store;
        this.classifier = classifier;
        this.recorder = recorder;
        this.limits = limits;
        this.executor = executor;
    }

    /**
     * Handles what waits in the inbox, run after run while runs record new mail: an inbox that will not let go of
     * mail it has already given (a server that ignores the move) is left to the next tick instead of read in a loop.
     * Returns how many mails it handled.
     */
    int drain() throws MessagingException {
        int total = 0;
        Run run;
        do {
            run = run();
            total += run.handled();
        } while (run.recorded() > 0);
        return total;
    }

    /** One run: opens the inbox, handles up to the run's limits in chunks, closes it. */
    Run run() throws MessagingException {
        try (ReplyMailbox mailbox = ReplyMailbox.open(store, limits.maxMailBytes())) {
            List<Message> waiting = mailbox.waiting(limits.runMails(), limits.runBytes());
            int handled = 0;
            int recorded = 0;
            Pending pending = null;
            try {
                for (Chunks.Range range : Chunks.of(mailbox.sizes(waiting), limits.chunkMails(), limits.chunkBytes())) {
                    List<FetchedMail> chunk = mailbox.fetch(waiting.subList(range.from(), range.to()));
                    Pending previous = pending;
                    if (previous != null) {
                        recorded += await(previous);
                    }
                    pending = new Pending(chunk, CompletableFuture.supplyAsync(() -> parseAndRecord(chunk), executor));
                    if (previous != null) {
                        mailbox.moveToProcessed(previous.mails());
                        handled += previous.mails().size();
                    }
                }
                if (pending != null) {
                    recorded += await(pending);
                    mailbox.moveToProcessed(pending.mails());
                    handled += pending.mails().size();
                    pending = null;
                }
            } finally {
                if (pending != null) {
                    // The run failed while a chunk was being recorded: let it finish before the next run reads the
                    // inbox again. It stays in the inbox; the next run recognises what it committed.
                    pending.recorded().exceptionally(e -> 0).join();
                }
            }
            return new Run(handled, recorded);
        }
    }

    private static int await(Pending pending) {
        try {
            return pending.recorded().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Parses and records a chunk; returns how many of its mails were new. */
    private int parseAndRecord(List<FetchedMail> chunk) {
        return record(chunk.stream().map(this::received).toList());
    }

    private ReceivedMail received(FetchedMail fetched) {
        byte[] raw = fetched.raw();
        Optional<String> unsubscribeKey;
        try {
            unsubscribeKey = UnsubscribeAddress.keyIn(fetched.message());
        } catch (MessagingException | RuntimeException e) {
            unsubscribeKey = Optional.empty();
        }
        if (unsubscribeKey.isPresent()) {
            return new ReceivedMail.Unsubscribe(raw, unsubscribeKey.get(), messageId(fetched.message()));
        }
        try {
            return new ReceivedMail.Classified(raw, classifier.apply(raw));
        } catch (RuntimeException e) {
            return new ReceivedMail.Unparsable(raw, "The parser failed: " + e);
        } catch (OutOfMemoryError e) {
            // One mail's parse is bounded by the parser's limits, yet a hostile one may still exhaust the heap; what
            // it held is garbage as soon as this returns. The mail is kept whole and the intake goes on.
            LOG.log(Level.SEVERE, "Parsing a reply ran out of memory; the mail goes to the quarantine");
            return new ReceivedMail.Unparsable(raw, "The parser ran out of memory");
        }
    }

    /**
     * The chunk in one transaction; if that fails, each mail in one of its own, and a mail that fails alone to the
     * quarantine. Returns how many mails were new.
     */
    private int record(List<ReceivedMail> chunk) {
        if (chunk.size() > 1) {
            try {
                return fresh(recorder.recordAll(chunk));
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Recording " + chunk.size() + " replies together failed; recording them one by one",
                        rootCause(e));
            }
        }
        int recorded = 0;
        for (ReceivedMail mail : chunk) {
            try {
                recorded += fresh(recorder.recordAll(List.of(mail)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Storing a reply failed; the mail goes to the quarantine", rootCause(e));
                recorded += fresh(List.of(recorder.quarantineFailed(mail.raw(), "Storing failed: " + rootCause(e))));
            }
        }
        return recorded;
    }

    private static int fresh(List<Outcome> outcomes) {
        return (int)
                outcomes.stream().filter(o -> o != Outcome.ALREADY_RECORDED).count();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String messageId(Message message) {
        try {
            String[] ids = message.getHeader("Message-ID");
            return ids == null || ids.length == 0 ? "" : ids[0];
        } catch (MessagingException e) {
            return "";
        }
    }
}
