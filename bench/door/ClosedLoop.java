import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The closed loop: `clients` threads each send the next request as soon as the last one is
 * answered, `count` requests in all. Its rate is the most this many clients get out of the server.
 */
final class ClosedLoop {

    interface Act {
        /** The i-th request; returns the answer's kind for the count, throws when it failed. */
        String run(int i) throws Exception;
    }

    record Result(Latencies latencies, double perSecond) {
    }

    static Result run(int count, int clients, Act act) throws Exception {
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            futures.add(pool.submit(() -> {
                for (int i = first; i < count; i += clients) {
                    long begin = System.nanoTime();
                    try {
                        String answer = act.run(i);
                        latencies.add(System.nanoTime() - begin, answer);
                    } catch (Exception e) {
                        latencies.error(System.nanoTime() - begin, e);
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(latencies, count / seconds);
    }
}
