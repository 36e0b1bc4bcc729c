package be.wallonie.parcours.api.race;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.restassured.response.Response;

/**
 * Requests sent at the same moment, for the race tests: one thread each, every thread ready before a latch lets them
 * all go.
 */
public final class Race {

    private Race() {
    }

    /** One of the racing requests; {@code number} tells the racers apart (0 to count - 1). */
    @FunctionalInterface
    public interface Racer {

        Response send(int number);
    }

    /** Runs {@code count} requests at once; answers them in the racers' order. */
    public static List<Response> of(int count, Racer racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int number = i;
                Callable<Response> task = () -> {
                    ready.countDown();
                    start.await();
                    return racer.send(number);
                };
                futures.add(pool.submit(task));
            }
            assertThat(ready.await(1, TimeUnit.MINUTES)).isTrue();
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(3, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
