package nl.burgernet.application.participant;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lets an import read and check its file on a second thread while the calling thread stores what is ready, so parsing
 * and the database work at the same time instead of taking turns. Storing stays on the calling thread, in its
 * transaction; at most {@value #WAITING} chunks wait in between, so memory stays flat. A failure on either side stops
 * the other and is thrown to the caller.
 */
final class ChunkPipeline {

    static final int WAITING = 2;

    /** The end of the chunks: producers never hand over an empty one. */
    private static final List<Object> END = List.of();

    private ChunkPipeline() {}

    /**
     * Runs {@code produce} on {@code executor}, handing each chunk it gives its sink to {@code store} on this thread,
     * in order; returns what {@code produce} returns once everything is stored.
     */
    static <T, R> R run(ExecutorService executor, Function<Consumer<List<T>>, R> produce, Consumer<List<T>> store) {
        BlockingQueue<List<?>> handOver = new ArrayBlockingQueue<>(WAITING);
        Future<R> producing = executor.submit(() -> {
            try {
                return produce.apply(chunk -> put(handOver, chunk));
            } finally {
                put(handOver, END);
            }
        });
        try {
            for (List<?> chunk = handOver.take(); chunk != END; chunk = handOver.take()) {
                @SuppressWarnings("unchecked")
                List<T> typed = (List<T>) chunk;
                store.accept(typed);
            }
            return producing.get();
        } catch (InterruptedException e) {
            producing.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (RuntimeException | Error e) {
            producing.cancel(true);
            throw e;
        }
    }

    private static void put(BlockingQueue<List<?>> handOver, List<?> chunk) {
        try {
            handOver.put(chunk);
        } catch (InterruptedException e) {
            // The storing side failed and cancelled us: stop producing.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was stopped", e);
        }
    }
}
