package nl.redzaam.adapters.rest.problem;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * JSON-B as the API reads it: the defaults, except that a text field takes only a JSON string and a
 * yes/no field only true or false. By default a number or true/false would quietly become text, so
 * {@code "email": 42} would be read as the address "42", and {@code "weeklyAssignments": "ja"} as
 * false; now both are a 400 ({@link UnreadableBody}).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig().withDeserializers(new OnlyStrings(), new OnlyBooleans()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  static final class OnlyStrings implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (!(value instanceof JsonString text)) {
        throw new JsonbException("Expected a JSON string, found " + value.getValueType());
      }
      if (ControlCharacters.in(text.getString())) {
        // No text needs them, and the database refuses some (NUL) outright.
        throw new JsonbException("A text holds control characters");
      }
      return text.getString();
    }
  }

  static final class OnlyBooleans implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
        default ->
            throw new JsonbException("Expected true or false, found " + value.getValueType());
      };
    }
  }
}
