package nl.redzaam.adapters.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  public record Credentials(
      String email, String password, List<String> tags, Integer count, Boolean weekly) {}

  private final Jsonb jsonb = new StrictJson().getContext(Credentials.class);

  @Test
  void strings_nulls_and_other_types_read_as_before() {
    Credentials read =
        jsonb.fromJson(
            "{\"email\": \"eva@example.org\", \"password\": null, \"tags\": [\"a\"], \"count\": 3}",
            Credentials.class);
    assertEquals("eva@example.org", read.email());
    assertNull(read.password());
    assertEquals(List.of("a"), read.tags());
    assertEquals(3, read.count());
  }

  @Test
  void a_number_object_array_or_boolean_where_text_belongs_is_refused() {
    for (String value : List.of("42", "{\"a\": 1}", "[]", "true")) {
      assertThrows(
          JsonbException.class,
          () -> jsonb.fromJson("{\"email\": " + value + "}", Credentials.class),
          value);
    }
    assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"tags\": [1]}", Credentials.class));
  }

  @Test
  void a_yes_no_field_takes_only_true_false_or_null() {
    assertEquals(true, jsonb.fromJson("{\"weekly\": true}", Credentials.class).weekly());
    assertNull(jsonb.fromJson("{\"weekly\": null}", Credentials.class).weekly());
    for (String value : List.of("\"ja\"", "\"true\"", "1", "[]")) {
      assertThrows(
          JsonbException.class,
          () -> jsonb.fromJson("{\"weekly\": " + value + "}", Credentials.class),
          value);
    }
  }
}
