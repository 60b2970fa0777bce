package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} in a {@code TIMESTAMP WITH TIME ZONE} column as an {@link
 * OffsetDateTime} in UTC. EclipseLink 4.0 does not map {@code Instant} itself: it would serialize
 * it to bytes, which PostgreSQL refuses for a timestamp column. Public: EclipseLink instantiates
 * converters reflectively.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
