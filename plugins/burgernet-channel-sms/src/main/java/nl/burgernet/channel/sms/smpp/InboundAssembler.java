package nl.burgernet.channel.sms.smpp;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a resident's long answer back together from its parts (each a deliver_sm with a concatenation header). Parts
 * may come in any order; parts of an answer that never completes are forgotten after a day.
 */
final class InboundAssembler {

    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** Adds a part; the whole text once every part is in. */
    Optional<String> add(String from, int reference, int total, int sequence, String text) {
        if (total <= 1) {
            return Optional.of(text);
        }
        String key = from + "|" + reference + "|" + total;
        Pending answer = pending.computeIfAbsent(key, k -> new Pending(total));
        Optional<String> whole = answer.add(sequence, text);
        if (whole.isPresent()) {
            pending.remove(key);
        }
        if (pending.size() > 100) {
            Instant before = Instant.now().minus(FORGET_AFTER);
            pending.values().removeIf(p -> p.started.isBefore(before));
        }
        return whole;
    }

    private static final class Pending {
        private final String[] parts;
        private final Instant started = Instant.now();

        Pending(int total) {
            parts = new String[total];
        }

        synchronized Optional<String> add(int sequence, String text) {
            if (sequence >= 1 && sequence <= parts.length) {
                parts[sequence - 1] = text;
            }
            StringBuilder whole = new StringBuilder();
            for (String part : parts) {
                if (part == null) {
                    return Optional.empty();
                }
                whole.append(part);
            }
            return Optional.of(whole.toString());
        }
    }
}
