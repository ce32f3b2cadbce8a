package nl.burgernet.infrastructure.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Booleans stored as 0/1: EclipseLink's H2 platform renders boolean comparisons as {@code = 1}, which H2 2 rejects on
 * BOOLEAN columns, while 0/1 columns compare the same way on H2 and PostgreSQL.
 */
@Converter
public class FlagConverter implements AttributeConverter<Boolean, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Boolean value) {
        return Boolean.TRUE.equals(value) ? 1 : 0;
    }

    @Override
    public Boolean convertToEntityAttribute(Integer value) {
        return value != null && value != 0;
    }
}
