package dev.usher.it.cluster;

import dev.usher.it.support.clients.Db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test database's own counters (pg_stat_database) before and after a piece of work, printed
 * per unit of it: the database load of one admission, import row or message, which
 * docs/ARCHITECTURE.md's sizing multiplies out. Figures only, never asserted; the servers'
 * job heartbeats (three servers, one a second) add a little to each.
 */
record DbLoad(long commits, long rowsRead, long rowsWritten, long blocks) {

    static DbLoad now() {
        try (Connection c = Db.connect(); Statement s = c.createStatement()) {
            // Counters are flushed by each backend about once a second: let the work's arrive.
            s.execute("SELECT pg_sleep(1.5), pg_stat_clear_snapshot()");
            try (ResultSet r = s.executeQuery("""
                    SELECT xact_commit + xact_rollback, tup_returned + tup_fetched,
                           tup_inserted + tup_updated + tup_deleted, blks_read + blks_hit
                    FROM pg_stat_database WHERE datname = current_database()""")) {
                r.next();
                return new DbLoad(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints what happened since {@code before}, per one of {@code units} {@code what}. */
    void printSince(DbLoad before, long units, String what) {
        System.out.printf("ClusterIT: database load per %s (%d of them): %.2f transactions, %.1f rows read,"
                        + " %.2f rows written, %.1f buffer pages%n",
                what, units, (commits - before.commits) / (double) units, (rowsRead - before.rowsRead) / (double) units,
                (rowsWritten - before.rowsWritten) / (double) units, (blocks - before.blocks) / (double) units);
    }
}
