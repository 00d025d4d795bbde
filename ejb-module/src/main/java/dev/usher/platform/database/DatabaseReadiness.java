package dev.usher.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code /health/ready}: up only when the database answers and the schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/usher")
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            String version = migrations.schemaVersion();
            return response.status(valid && version != null)
                    .withData("connection", valid ? "ok" : "not valid")
                    .withData("schemaVersion", version == null ? "not migrated" : version)
                    .build();
        } catch (SQLException e) {
            return response.down().withData("connection", "failed, SQLState " + e.getSQLState()).build();
        }
    }
}
