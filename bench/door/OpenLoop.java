import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Actors that each act on the clock: actor a at start + a * period / actors, then once every
 * period, until the end. An actor is one thread (a station cannot scan two guests at once), so a
 * slow answer makes its next act late; each latency is therefore taken from the moment the act
 * was scheduled, not from when it was sent, and the time a guest waited behind a slow answer is
 * counted instead of hidden (coordinated omission).
 */
final class OpenLoop {

    interface Act {
        /** One act of this actor, its n-th; returns the answer's kind for the count, throws when it failed. */
        String run(int actor, long n) throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final long start;
    private final long end;
    private final AtomicLong lastDone;

    /** A schedule from start (System.nanoTime) for the given length; acts scheduled before the end are all done. */
    OpenLoop(long start, long lengthNanos) {
        this.start = start;
        this.end = start + lengthNanos;
        this.lastDone = new AtomicLong(start);
    }

    /** Starts `actors` threads acting once every periodNanos, each act timed into `into`. */
    OpenLoop actors(String name, int actors, long periodNanos, Latencies into, Act act) {
        for (int a = 0; a < actors; a++) {
            int actor = a;
            long phase = periodNanos * a / actors;
            Thread thread = new Thread(() -> {
                for (long n = 0; ; n++) {
                    long scheduled = start + phase + n * periodNanos;
                    if (scheduled >= end) {
                        return;
                    }
                    for (long wait; (wait = scheduled - System.nanoTime()) > 0; ) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        String answer = act.run(actor, n);
                        into.add(System.nanoTime() - scheduled, answer);
                    } catch (Exception e) {
                        into.error(System.nanoTime() - scheduled, e);
                    }
                    lastDone.accumulateAndGet(System.nanoTime(), Math::max);
                }
            }, name + "-" + a);
            threads.add(thread);
        }
        return this;
    }

    /** Runs every actor to the end of the schedule; returns the seconds from the start to the last act done. */
    double run() throws InterruptedException {
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return (lastDone.get() - start) / 1e9;
    }

    /** How many acts `actors` acting once every periodNanos have scheduled within lengthNanos. */
    static long scheduled(int actors, long periodNanos, long lengthNanos) {
        long total = 0;
        for (int a = 0; a < actors; a++) {
            long phase = periodNanos * a / actors;
            total += phase >= lengthNanos ? 0 : (lengthNanos - phase - 1) / periodNanos + 1;
        }
        return total;
    }
}
