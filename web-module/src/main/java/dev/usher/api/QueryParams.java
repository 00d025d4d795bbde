package dev.usher.api;

import dev.usher.platform.errors.BadRequestException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads query parameters as text and converts them here, so a bad value is a 400 that
 * names the parameter (JAX-RS itself would answer 404 for a failed conversion).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("Query parameter " + name + " must be a whole number, not '" + value + "'");
        }
    }

    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequestException("Query parameter " + name + " must be true or false, not '" + value + "'");
        };
    }

    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("Query parameter " + name + " must be a date such as 2027-06-01, not '" + value + "'");
        }
    }

    /** An instant with its offset, e.g. 2027-06-01T18:00:00Z; a bare date is its start in UTC. */
    public static java.time.OffsetDateTime instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(value.strip()).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException notADate) {
                throw new BadRequestException("Query parameter " + name + " must be an instant such as "
                        + "2027-06-01T18:00:00Z or a date such as 2027-06-01, not '" + value + "'");
            }
        }
    }

    public static java.util.UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Query parameter " + name + " must be an id (a UUID), not '" + value + "'");
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Query parameter " + name + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", not '" + value + "'");
        }
    }
}
