package nl.burgernet.it.foundation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the probe MDB and timers saw, outside any transaction so that a rollback does not erase it. */
@ApplicationScoped
public class ProbeLog {

    private final Map<String, List<Integer>> attempts = new ConcurrentHashMap<>();
    private final Map<String, Integer> consumed = new ConcurrentHashMap<>();
    private final List<String> timerEvents = new CopyOnWriteArrayList<>();

    void attempted(String text, int deliveryCount) {
        attempts.computeIfAbsent(text, t -> new CopyOnWriteArrayList<>()).add(deliveryCount);
    }

    void consumed(String text, int deliveryCount) {
        consumed.merge(text, deliveryCount, (a, b) -> -1); // -1 marks a message consumed twice
    }

    void timerFired(String name) {
        timerEvents.add(name);
    }

    public List<Integer> attemptsOf(String text) {
        return attempts.getOrDefault(text, List.of());
    }

    /** The delivery count at which the message was consumed, null if not (yet), -1 if consumed more than once. */
    public Integer consumedAt(String text) {
        return consumed.get(text);
    }

    public long timerEvents(String name) {
        return timerEvents.stream().filter(name::equals).count();
    }
}
