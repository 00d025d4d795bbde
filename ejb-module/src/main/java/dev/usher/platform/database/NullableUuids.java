package dev.usher.platform.database;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * Every UUID attribute that is not an id passes through here, so a NULL uuid column reads as
 * null. EclipseLink's own UUID conversion, which applies otherwise, throws a
 * NullPointerException on a NULL (an entity with an empty optional reference such as
 * {@code deliveries.guest_id} could not be loaded). The PostgreSQL driver reads and writes
 * {@code java.util.UUID} as is, so nothing needs converting. Ids are never null and are left alone.
 */
@Converter(autoApply = true)
public class NullableUuids implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(UUID value) {
        return value;
    }
}
