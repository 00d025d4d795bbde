package dev.usher.it.support.clients;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the test database, to check what was (or was not) written. */
public final class Db {

    private Db() {
    }

    public static Connection connect() throws SQLException {
        return connect(System.getProperty("usher.it.db.url"));
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getProperty("usher.it.db.user"),
                System.getProperty("usher.it.db.password", ""));
    }

    /** The single number a counting query returns, on another test database (the crash server's). */
    public static long countIn(String url, String sql, Object... parameters) {
        try (Connection connection = connect(url); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single text a query returns (null when it has none), on another test database. */
    public static String textIn(String url, String sql, Object... parameters) {
        try (Connection connection = connect(url); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single text a query returns (null when it has none). */
    public static String text(String sql, Object... parameters) {
        return textIn(System.getProperty("usher.it.db.url"), sql, parameters);
    }

    /** The single number a counting query returns. */
    public static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs one writing statement (autocommit) and returns the rows it changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
