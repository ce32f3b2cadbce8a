package nl.burgernet.infrastructure.mail.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the mails of a run into chunks that are fetched, recorded and moved together: at most so many mails and so
 * many bytes each, so that a flood of short replies goes in few IMAP commands and few transactions while a run of
 * large photos never holds more than the byte limit in memory. A mail larger than the limit forms a chunk of its own.
 */
final class Chunks {

    /** Positions {@code from} (inclusive) to {@code to} (exclusive) in the run's list of mails. */
    record Range(int from, int to) {
        int size() {
            return to - from;
        }
    }

    private Chunks() {}

    static List<Range> of(long[] sizes, int maxMails, long maxBytes) {
        if (maxMails < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("A chunk holds at least one mail and one byte");
        }
        List<Range> chunks = new ArrayList<>();
        int from = 0;
        long bytes = 0;
        for (int i = 0; i < sizes.length; i++) {
            long size = Math.max(0, sizes[i]);
            boolean full = i - from == maxMails || (i > from && bytes + size > maxBytes);
            if (full) {
                chunks.add(new Range(from, i));
                from = i;
                bytes = 0;
            }
            bytes += size;
        }
        if (from < sizes.length) {
            chunks.add(new Range(from, sizes.length));
        }
        return chunks;
    }

    /** How many of the first sizes fit in {@code maxBytes}; at least one, so a huge mail is still read. */
    static int fitting(long[] sizes, long maxBytes) {
        long bytes = 0;
        for (int i = 0; i < sizes.length; i++) {
            bytes += Math.max(0, sizes[i]);
            if (i > 0 && bytes > maxBytes) {
                return i;
            }
        }
        return sizes.length;
    }
}
