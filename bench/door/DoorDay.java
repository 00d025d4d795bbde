import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The door on the day of the event (bench/door-day.sh runs it against a started server): an open
 * loop of stations scanning on the clock while door staff search by name and organizers watch the
 * arrivals, then the same schedule against the ceilings alone, then the closed loop at 32 stations
 * and at the stations given. Arguments: baseUrl jdbcUrl invitations stations seconds [serverPid].
 */
public class DoorDay {

    static final long SECOND = 1_000_000_000L;
    /** Each station scans once every 2 s: 100 stations are 50 scans a second. */
    static final long SCAN_PERIOD = 2 * SECOND;
    /** One station in ten has a guest without a code now and then: a search every 5 s each. */
    static final long SEARCH_PERIOD = 5 * SECOND;
    /** Organizers with the arrivals view open, each console polling as arrivals-panel.js does (POLL_MS). */
    static final int CONSOLES = 5;
    static final long POLL_PERIOD = 3 * SECOND;
    static final int GATES = 4;
    static final long IDLE_MILLIS = 5_000;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        DoorSeed db = new DoorSeed(args[1]);
        int invitations = Integer.parseInt(args[2]);
        int stations = Integer.parseInt(args[3]);
        long length = Long.parseLong(args[4]) * SECOND;
        ServerCpu cpu = new ServerCpu(args.length > 5 ? Long.parseLong(args[5]) : 0);
        int searchers = Math.max(1, stations / 10);

        DoorApi api = new DoorApi(base);
        String scanner = api.token("bench-scanner@example.com", "scanner");
        String organizer = api.token("bench-organizer@example.com", "super-admin");
        String door = api.createEvent(organizer, "Door day");
        String loop = api.createEvent(organizer, "Door day closed loop");
        List<DoorSeed.Guest> guests = db.guests(door, invitations);

        warmUp(api, db, scanner, organizer, door, loop, guests);

        Report.header(String.format("Door day: %,d invitations at one event; %d stations each scanning once every 2 s "
                        + "(%.0f scans/s scheduled), %d searching by name every 5 s, %d consoles polling the arrivals "
                        + "every 3 s; %d s, latency from the scheduled moment", invitations, stations,
                stations * (double) SECOND / SCAN_PERIOD, searchers, CONSOLES, length / SECOND));
        Latencies scans = new Latencies();
        Latencies searches = new Latencies();
        Latencies polls = new Latencies();
        AtomicInteger next = new AtomicInteger();
        List<DoorApi.Console> consoles = new ArrayList<>();
        for (int c = 0; c < CONSOLES; c++) {
            consoles.add(api.new Console(organizer, door));
        }
        // What the server burns with no request (JIT compilation after the start, timers), to read the door's CPU against.
        double idleBefore = cpu.seconds();
        Thread.sleep(IDLE_MILLIS);
        double idleCpu = (cpu.seconds() - idleBefore) / (IDLE_MILLIS / 1e3);
        double cpuBefore = cpu.seconds();
        double seconds = new OpenLoop(System.nanoTime() + SECOND / 5, length)
                .actors("station", stations, SCAN_PERIOD, scans, (a, n) -> api.checkIn(scanner, door,
                        guests.get(next.getAndIncrement() % guests.size()).token(), "Station " + a, "Gate " + (1 + a % GATES)))
                .actors("search", searchers, SEARCH_PERIOD, searches, (a, n) -> api.search(scanner, door,
                        query(guests, a, n)))
                .actors("console", CONSOLES, POLL_PERIOD, polls, (a, n) -> consoles.get(a).poll())
                .run();
        double doorCpu = cpu.seconds() - cpuBefore;

        Latencies me = new Latencies();
        new OpenLoop(System.nanoTime() + SECOND / 5, length)
                .actors("me", stations, SCAN_PERIOD, me, (a, n) -> api.me(scanner)).run();
        long scheduledScans = OpenLoop.scheduled(stations, SCAN_PERIOD, length);
        List<String> bareCodes = db.codes(loop, (int) scheduledScans);
        AtomicInteger nextBare = new AtomicInteger();
        Latencies bare = new Latencies();
        try (BareUpdate update = new BareUpdate(db, stations)) {
            new OpenLoop(System.nanoTime() + SECOND / 5, length).actors("bare", stations, SCAN_PERIOD, bare,
                    (a, n) -> update.admit(bareCodes.get(nextBare.getAndIncrement()))).run();
        }

        Report.open("check-in  POST /api/check-ins", scans, scheduledScans, seconds);
        Report.open("search    GET /api/check-ins/guests", searches,
                OpenLoop.scheduled(searchers, SEARCH_PERIOD, length), seconds);
        Report.open("arrivals  GET /api/events/{id}/arrivals", polls,
                OpenLoop.scheduled(CONSOLES, POLL_PERIOD, length), seconds);
        Report.line("scheduled %.1f scans/s, achieved %.1f (done / seconds from the start to the last answer, %.1f s)",
                scheduledScans / (length / (double) SECOND), scans.count() / seconds, seconds);
        if (!Double.isNaN(doorCpu)) {
            Report.line("server CPU during the door: %.2f s a second (user + system, all of the door's requests);"
                    + " idle for %d s just before: %.2f s a second", doorCpu / seconds, IDLE_MILLIS / 1000, idleCpu);
        }
        Report.line("ceilings, the same schedule (%d clients, once every 2 s each) alone:", stations);
        Report.open("ceiling   GET /api/me", me, scheduledScans, length / (double) SECOND);
        Report.open("ceiling   UPDATE ... RETURNING, " + Math.min(stations, BareUpdate.SERVER_POOL) + " conn.",
                bare, scheduledScans, length / (double) SECOND);
        Report.line("ratios to the ceiling (latency over the ceiling's latency; 1 = as fast as the ceiling):");
        Report.latencyRatio("check-in / bare UPDATE", scans, bare);
        Report.latencyRatio("check-in / GET /api/me", scans, me);
        Report.latencyRatio("search   / GET /api/me", searches, me);
        Report.latencyRatio("arrivals / GET /api/me", polls, me);

        Set<Integer> loops = new LinkedHashSet<>(List.of(32, stations));
        for (int clients : loops) {
            closedLoop(api, db, cpu, scanner, loop, invitations, clients);
        }
        System.out.println();
    }

    /** The closed loop at `clients` stations: check-ins, GET /api/me and the bare UPDATE, `count` of each. */
    static void closedLoop(DoorApi api, DoorSeed db, ServerCpu cpu, String scanner, String loop, int count, int clients)
            throws Exception {
        Report.header(String.format("Closed loop: %,d check-ins by %d concurrent stations, each sending its next scan "
                + "when answered", count, clients));
        List<String> codes = db.codes(loop, count);
        double before = cpu.seconds();
        ClosedLoop.Result checkIns = ClosedLoop.run(count, clients, i -> api.checkIn(scanner, loop, codes.get(i),
                "Station " + i % clients, "Gate " + (1 + i % GATES)));
        double checkInCpu = (cpu.seconds() - before) / count * 1e3;
        before = cpu.seconds();
        ClosedLoop.Result me = ClosedLoop.run(count, clients, i -> api.me(scanner));
        double meCpu = (cpu.seconds() - before) / count * 1e3;
        List<String> bareCodes = db.codes(loop, count);
        ClosedLoop.Result bare;
        try (BareUpdate update = new BareUpdate(db, clients)) {
            bare = ClosedLoop.run(count, clients, i -> update.admit(bareCodes.get(i)));
        }
        Report.closed("check-in  POST /api/check-ins", checkIns);
        Report.closed("ceiling   GET /api/me", me);
        Report.closed("ceiling   UPDATE ... RETURNING, " + Math.min(clients, BareUpdate.SERVER_POOL) + " conn.", bare);
        Report.line("ratio (check-ins/s over the ceiling's rate): to the bare UPDATE %.2f, to GET /api/me %.2f",
                checkIns.perSecond() / bare.perSecond(), checkIns.perSecond() / me.perSecond());
        if (!Double.isNaN(checkInCpu)) {
            Report.line("server CPU per request (user + system): check-in %.2f ms, GET /api/me %.2f ms", checkInCpu, meCpu);
        }
    }

    /**
     * What door staff type for the guest in front of them, in turn: the rare part of a name
     * ("Mizrahi-1a2b3c"), a common first name and the start of a last name ("Dana Co", about one
     * guest in a hundred matches, 20 shown), a mobile number as written locally ("054-100-4567").
     */
    static String query(List<DoorSeed.Guest> guests, int actor, long n) {
        DoorSeed.Guest guest = guests.get((int) ((actor * 7919L + n * 104_729L) % guests.size()));
        String name = guest.name();
        String phone = guest.phone();
        return switch ((int) ((actor + n) % 3)) {
            case 0 -> name.substring(name.indexOf(' ') + 1);
            case 1 -> name.substring(0, name.indexOf(' ') + 3);
            default -> "0" + phone.substring(4, 6) + "-" + phone.substring(6, 9) + "-" + phone.substring(9);
        };
    }

    /** Just started, the server's JIT compiler takes as much CPU as the requests: every request kind once warm. */
    static void warmUp(DoorApi api, DoorSeed db, String scanner, String organizer, String door, String loop,
                       List<DoorSeed.Guest> guests) throws Exception {
        System.out.println("door-day: warming up");
        int count = 3_000;
        List<String> codes = db.codes(loop, count);
        ClosedLoop.run(count, 32, i -> api.checkIn(scanner, loop, codes.get(i), "Warm " + i % 32, "Gate 1"));
        ClosedLoop.run(count, 32, i -> api.me(scanner));
        ClosedLoop.run(300, 8, i -> api.search(scanner, door, query(guests, i % 8, i)));
        DoorApi.Console console = api.new Console(organizer, door);
        ClosedLoop.run(100, 1, i -> console.poll());
        List<String> bareCodes = db.codes(loop, count);
        try (BareUpdate update = new BareUpdate(db, 32)) {
            ClosedLoop.run(count, 32, i -> update.admit(bareCodes.get(i)));
        }
    }
}
