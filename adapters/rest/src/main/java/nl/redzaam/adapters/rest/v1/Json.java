package nl.redzaam.adapters.rest.v1;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.adapters.rest.problem.BadRequest;

/** Parsing helpers for path and body values, failing with a clear 400. */
public final class Json {

  private Json() {}

  public static UUID uuid(String value, String name) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BadRequest(name, name + " must be a UUID, not '" + value + "'");
    }
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
    if (value == null) {
      throw new BadRequest(name, name + " is required");
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(
          name,
          name + " must be one of " + List.of(type.getEnumConstants()) + ", not '" + value + "'");
    }
  }

  /** A day as YYYY-MM-DD; null for null or blank. */
  public static LocalDate optionalDay(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequest(name, name + " must be a day as YYYY-MM-DD, not '" + value + "'");
    }
  }

  public static <T> T required(T value, String name) {
    if (value == null) {
      throw new BadRequest(name, name + " is required");
    }
    return value;
  }

  public static <T> Set<T> orEmpty(Set<T> value) {
    return value == null ? Set.of() : value;
  }

  /** The map without entries whose value is null: a null answer counts as no answer. */
  public static Map<String, String> orEmpty(Map<String, String> value) {
    if (value == null) {
      return Map.of();
    }
    Map<String, String> present = new HashMap<>();
    value.forEach(
        (key, text) -> {
          if (key != null && text != null) {
            present.put(key, text);
          }
        });
    return present;
  }
}
