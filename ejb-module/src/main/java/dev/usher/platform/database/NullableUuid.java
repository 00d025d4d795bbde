package dev.usher.platform.database;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * For nullable {@code uuid} columns mapped as plain {@link UUID} attributes. EclipseLink's own
 * UUID conversion fails with a NullPointerException on a NULL value when the row is read, so
 * such attributes name this converter; the PostgreSQL driver binds and reads {@link UUID} itself.
 */
@Converter
public class NullableUuid implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID attribute) {
        return attribute;
    }

    @Override
    public UUID convertToEntityAttribute(UUID column) {
        return column;
    }
}
