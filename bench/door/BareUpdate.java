import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The ceiling of admission: the single-row UPDATE ... RETURNING that admits a code, autocommit,
 * on a pool of connections no larger than the server's own (DB_POOL_MAX, 50): the server cannot
 * put more statements on the database at once either, and the database is shared. A caller waits
 * for a free connection as a request waits for the server's pool; that wait is in its latency.
 */
final class BareUpdate implements AutoCloseable {

    static final int SERVER_POOL = 50;

    private final BlockingQueue<PreparedStatement> pool;
    private final List<Connection> connections = new ArrayList<>();

    BareUpdate(DoorSeed db, int clients) throws Exception {
        int size = Math.min(clients, SERVER_POOL);
        pool = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection c = db.connect();
            connections.add(c);
            pool.add(c.prepareStatement("""
                    UPDATE invitations SET seats_admitted = seats_admitted + 1, scan_count = scan_count + 1,
                           status = 'scanned', scanned_at = coalesce(scanned_at, now()), updated_at = now()
                    WHERE token = ? AND status <> 'revoked' AND seats_admitted < seats
                    RETURNING seats - seats_admitted"""));
        }
    }

    int connections() {
        return connections.size();
    }

    /** Admits the code; throws when it admitted nobody. */
    String admit(String code) throws Exception {
        PreparedStatement s = pool.take();
        try {
            s.setString(1, code);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("Nothing admitted");
                }
            }
            return null;
        } finally {
            pool.add(s);
        }
    }

    @Override
    public void close() throws Exception {
        for (Connection c : connections) {
            c.close();
        }
    }
}
