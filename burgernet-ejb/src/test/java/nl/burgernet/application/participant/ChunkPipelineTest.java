package nl.burgernet.application.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChunkPipelineTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS), "the producing thread ended");
    }

    @Test
    void everyChunkIsStoredInOrderOnTheCallingThreadAndTheProducersResultComesBack() {
        Thread caller = Thread.currentThread();
        List<Thread> producers = new ArrayList<>();
        List<List<Integer>> stored = new ArrayList<>();

        String result = ChunkPipeline.<Integer, String>run(
                executor,
                sink -> {
                    producers.add(Thread.currentThread());
                    for (int i = 0; i < 10; i++) {
                        sink.accept(List.of(i, i));
                    }
                    return "read";
                },
                chunk -> {
                    assertSame(caller, Thread.currentThread());
                    stored.add(chunk);
                });

        assertEquals("read", result);
        assertEquals(10, stored.size());
        assertEquals(List.of(9, 9), stored.get(9));
        assertTrue(producers.get(0) != caller, "produced on another thread");
    }

    @Test
    void aFailingStoreStopsTheProducerAndIsThrown() {
        AtomicInteger produced = new AtomicInteger();

        IllegalStateException failed = assertThrows(
                IllegalStateException.class,
                () -> ChunkPipeline.<Integer, Void>run(
                        executor,
                        sink -> {
                            for (int i = 0; i < 1_000_000; i++) {
                                sink.accept(List.of(i));
                                produced.incrementAndGet();
                            }
                            return null;
                        },
                        chunk -> {
                            throw new IllegalStateException("database down");
                        }));

        assertEquals("database down", failed.getMessage());
        assertTrue(produced.get() <= ChunkPipeline.WAITING + 1, "the producer was held up, then stopped: " + produced);
    }

    @Test
    void aFailingProducerIsThrownAfterWhatItProducedBeforeWasStored() {
        List<List<Integer>> stored = new ArrayList<>();

        UncheckedIOException failed = assertThrows(
                UncheckedIOException.class,
                () -> ChunkPipeline.<Integer, Void>run(
                        executor,
                        sink -> {
                            sink.accept(List.of(1));
                            throw new UncheckedIOException(new java.io.IOException("connection reset"));
                        },
                        stored::add));

        assertEquals("connection reset", failed.getCause().getMessage());
        assertEquals(List.of(List.of(1)), stored);
    }
}
