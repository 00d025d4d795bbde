package dev.usher.platform.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A {@code timestamptz} column read by a native query: EclipseLink hands it back as a
 * {@link Timestamp}, an {@link OffsetDateTime} or an {@link Instant}, by driver and query. One
 * place turns each into the instant in UTC, for every native read.
 */
public final class NativeTimes {

    private NativeTimes() {
    }

    /** The value as an instant in UTC; null for null (a nullable column). */
    public static OffsetDateTime utc(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
    }
}
