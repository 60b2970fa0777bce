package nl.redzaam.domain.shared;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @Test
  void a_required_text_is_trimmed() {
    assertEquals("Budgetplan", Text.required("  Budgetplan \n", "A title", 20));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void a_required_text_is_not_empty(String value) {
    RuleViolation violation =
        assertViolates("text-required", () -> Text.required(value, "A title", 20));
    assertTrue(violation.getMessage().contains("A title"));
  }

  @Test
  void a_text_is_not_longer_than_its_maximum_after_trimming() {
    assertEquals("a".repeat(20), Text.required("  " + "a".repeat(20) + "  ", "A title", 20));

    assertViolates("text-too-long", () -> Text.required("a".repeat(21), "A title", 20));
  }

  @Test
  void an_optional_text_may_be_left_empty() {
    assertNull(Text.optional(null, "An organisation", 20));
    assertNull(Text.optional("  ", "An organisation", 20));
    assertEquals("Stadsbank", Text.optional(" Stadsbank ", "An organisation", 20));
    assertViolates("text-too-long", () -> Text.optional("a".repeat(21), "An organisation", 20));
  }

  @Test
  void a_rule_violation_names_the_rule_it_broke() {
    RuleViolation violation = new RuleViolation("coach-only", "Only a coach may do this");

    assertEquals("coach-only", violation.rule());
    assertEquals("Only a coach may do this", violation.getMessage());
    RuleViolation.require(true, "never", "holds");
    assertViolates("some-rule", () -> RuleViolation.require(false, "some-rule", "broken"));
  }
}
