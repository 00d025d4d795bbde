package dev.usher.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything uses JPA. Flyway takes a PostgreSQL
 * advisory lock, so several servers starting on one database migrate it once.
 * A failed migration fails the deployment: better no server than one on a half-known schema.
 * (The empty {@code flyway.location} files in {@code db/migration} and {@code db/callback},
 * the folder Flyway always looks in for callbacks, let it find them inside Liberty's class
 * loader, which does not list directories.)
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/usher")
    DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        schemaVersion = current == null ? "empty" : current.getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** The schema version after start-up, or {@code null} before the migrations ran. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
