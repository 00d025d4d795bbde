/** The database at start-up: Flyway migrations, and the readiness check that reports them. */
package dev.usher.platform.database;
